// The serial console: xterm.js fed by /console/stream. Loaded lazily (xterm is large).
// The default DOM renderer is kept on purpose: tests read the text from `.xterm-rows`.
import '@xterm/xterm/css/xterm.css';
import type { VmDetail } from '@hearth/api';
import { FitAddon } from '@xterm/addon-fit';
import { type ITheme, Terminal } from '@xterm/xterm';
import { useEffect, useRef, useState } from 'react';
import { useConsoleStream } from '../../api/queries/console.ts';
import type { StreamStatus } from '../../api/sse.ts';
import { useTheme } from '../../app/theme.ts';

const themes: Record<'light' | 'dark', ITheme> = {
  dark: {
    background: '#09090b',
    foreground: '#e4e4e7',
    cursor: '#09090b',
    selectionBackground: '#3f3f46',
  },
  light: {
    background: '#fafafa',
    foreground: '#18181b',
    cursor: '#fafafa',
    selectionBackground: '#d4d4d8',
  },
};

const statusText: Record<StreamStatus, string> = {
  connecting: 'Connecting…',
  open: 'Following output',
  down: 'Disconnected; reconnecting…',
};

export default function ConsoleTab({ vm }: { vm: VmDetail }) {
  const container = useRef<HTMLDivElement>(null);
  const terminal = useRef<Terminal | null>(null);
  const [status, setStatus] = useState<StreamStatus>('connecting');
  const { theme } = useTheme();

  useEffect(() => {
    const element = container.current;
    if (!element) return; // the effect runs after the div is mounted, so this never happens
    const term = new Terminal({
      convertEol: true, // the console log has bare \n line ends
      disableStdin: true, // output only: the API has no console input
      cursorBlink: false,
      scrollback: 10_000,
      fontSize: 13,
      fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace',
    });
    const fit = new FitAddon();
    term.loadAddon(fit);
    term.open(element);
    terminal.current = term;
    const refit = () => {
      try {
        fit.fit();
      } catch {
        // not laid out yet (tab hidden); the next resize fits it
      }
    };
    refit();
    const observer = new ResizeObserver(refit);
    observer.observe(element);
    return () => {
      observer.disconnect();
      terminal.current = null;
      term.dispose();
    };
  }, []);

  useEffect(() => {
    if (terminal.current) terminal.current.options.theme = themes[theme];
  }, [theme]);

  useConsoleStream(vm.id, (text) => terminal.current?.write(text), setStatus);

  return (
    <div className="space-y-2">
      <div className="flex items-center justify-between text-xs text-zinc-500 dark:text-zinc-400">
        <span>Serial console (ttyS0), across every boot of this VM. Read-only.</span>
        <span aria-live="polite">{statusText[status]}</span>
      </div>
      <section
        aria-label="Console output"
        className="h-[28rem] overflow-hidden rounded-lg border border-zinc-200 bg-zinc-50 p-2 dark:border-zinc-800 dark:bg-zinc-950"
      >
        <div ref={container} className="h-full w-full" />
      </section>
    </div>
  );
}
