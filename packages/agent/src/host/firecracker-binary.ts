// Which Firecracker binary this host would launch, and what it says its version is. The
// simulator shares the command line, so the only honest way to tell them apart is to ask.
import { execFile } from 'node:child_process';
import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { delimiter, isAbsolute, join, resolve } from 'node:path';

export interface FirecrackerBinary {
  path: string;
  /** first line of `--version`, e.g. "Firecracker v1.14.2"; '' when it could not be run */
  version: string;
  /** true when `--version` says it is Hearth's simulator */
  simulator: boolean;
  /** why `--version` failed, when it did: the binary exists but may not run */
  error?: string;
}

// Generous: a loaded host can take seconds to start any process, the simulator included.
const VERSION_TIMEOUT_MS = 15_000;

/**
 * HEARTH_FIRECRACKER_BIN when set (a path, or a name looked up on PATH), else `firecracker`
 * on PATH. null when no executable file is found: a configured binary that is missing is
 * not silently replaced by another one.
 */
export async function resolveFirecrackerBinary(
  env: NodeJS.ProcessEnv = process.env,
): Promise<FirecrackerBinary | null> {
  const wanted = env.HEARTH_FIRECRACKER_BIN?.trim() || 'firecracker';
  const path = await findExecutable(wanted, env.PATH ?? '');
  if (path === null) return null;
  try {
    const output = await runVersion(path);
    const version = output.split('\n').find((line) => line.trim() !== '') ?? '';
    return { path, version: version.trim(), simulator: /simulat/i.test(output) };
  } catch (error) {
    return { path, version: '', simulator: false, error: (error as Error).message };
  }
}

async function findExecutable(name: string, searchPath: string): Promise<string | null> {
  const candidates = name.includes('/')
    ? [resolve(name)]
    : searchPath
        .split(delimiter)
        .filter((dir) => isAbsolute(dir))
        .map((dir) => join(dir, name));
  for (const candidate of candidates) {
    if (await isExecutableFile(candidate)) return candidate;
  }
  return null;
}

async function isExecutableFile(path: string): Promise<boolean> {
  try {
    const st = await stat(path);
    if (!st.isFile()) return false;
    await access(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function runVersion(path: string): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    execFile(path, ['--version'], { timeout: VERSION_TIMEOUT_MS }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${path} --version failed: ${stderr.trim() || error.message}`));
      else resolvePromise(stdout || stderr);
    });
  });
}
