// A byte-level JSON reader that behaves like serde_json's `Deserializer<SliceRead>`: it
// consumes the body one byte at a time and reports errors `at line L column C`, where the
// column is the 1-based index of a byte (serde counts UTF-8 bytes, not characters).
// `position()` is the last consumed byte, `peekPosition()` the next one, as in serde_json.

export class SerdeError extends Error {
  /** null until the error has been given a position (serde's `fix_position`). */
  line: number | null = null;
  column = 0;

  describe(): string {
    return this.line === null
      ? this.message
      : `${this.message} at line ${this.line} column ${this.column}`;
  }
}

export class JsonReader {
  private index = 0;
  private depth = 0;

  constructor(private readonly bytes: Buffer) {}

  peek(): number | undefined {
    return this.bytes[this.index];
  }

  eat(): void {
    this.index++;
  }

  next(): number | undefined {
    const byte = this.bytes[this.index];
    if (byte !== undefined) this.index++;
    return byte;
  }

  private locate(index: number): { line: number; column: number } {
    let line = 1;
    let column = 0;
    for (let i = 0; i < index; i++) {
      if (this.bytes[i] === 0x0a) {
        line++;
        column = 0;
      } else {
        column++;
      }
    }
    return { line, column };
  }

  /** An error located at the last consumed byte. */
  error(message: string): SerdeError {
    return this.place(new SerdeError(message), this.index);
  }

  /** An error located at the next byte (or the end of input). */
  peekError(message: string): SerdeError {
    return this.place(new SerdeError(message), Math.min(this.bytes.length, this.index + 1));
  }

  /** serde_json's `fix_position`: give a position-less error the current position. */
  fix(err: unknown): unknown {
    if (err instanceof SerdeError && err.line === null) this.place(err, this.index);
    return err;
  }

  private place(err: SerdeError, index: number): SerdeError {
    const { line, column } = this.locate(index);
    err.line = line;
    err.column = column;
    return err;
  }

  /** Skips whitespace and returns the next byte without consuming it. */
  skipWhitespace(): number | undefined {
    for (;;) {
      const byte = this.peek();
      if (byte === 0x20 || byte === 0x0a || byte === 0x09 || byte === 0x0d) this.eat();
      else return byte;
    }
  }

  enter(): void {
    if (++this.depth > 128) throw this.error('recursion limit exceeded');
  }

  leave(): void {
    this.depth--;
  }

  /** Consumes the rest of a literal (`rue`, `alse`, `ull`) after its first byte. */
  parseIdent(rest: string): void {
    for (let i = 0; i < rest.length; i++) {
      const byte = this.next();
      if (byte === undefined) throw this.error('EOF while parsing a value');
      if (byte !== rest.charCodeAt(i)) throw this.error('expected ident');
    }
  }

  /** Parses a string whose opening quote was already consumed. */
  parseString(): string {
    const start = this.index;
    const parts: string[] = [];
    let chunkStart = start;
    for (;;) {
      const byte = this.next();
      if (byte === undefined) throw this.error('EOF while parsing a string');
      if (byte === 0x22) {
        parts.push(this.bytes.subarray(chunkStart, this.index - 1).toString('utf8'));
        return parts.join('');
      }
      if (byte < 0x20) {
        throw this.error('control character (\\u0000-\\u001F) found while parsing a string');
      }
      if (byte === 0x5c) {
        parts.push(this.bytes.subarray(chunkStart, this.index - 1).toString('utf8'));
        parts.push(this.parseEscape());
        chunkStart = this.index;
      }
    }
  }

  private parseEscape(): string {
    const byte = this.next();
    if (byte === undefined) throw this.error('EOF while parsing a string');
    const simple: Record<number, string> = {
      34: '"',
      92: '\\',
      47: '/',
      98: '\b',
      102: '\f',
      110: '\n',
      114: '\r',
      116: '\t',
    };
    const mapped = simple[byte];
    if (mapped !== undefined) return mapped;
    if (byte !== 0x75) throw this.error('invalid escape');
    let code = 0;
    for (let i = 0; i < 4; i++) {
      const digit = this.next();
      if (digit === undefined) throw this.error('EOF while parsing a string');
      const value = Number.parseInt(String.fromCharCode(digit), 16);
      if (Number.isNaN(value)) throw this.error('invalid escape');
      code = code * 16 + value;
    }
    return String.fromCharCode(code);
  }

  /**
   * Parses a number starting at the next byte. Integers come back as bigint so u64 range
   * checks are exact; anything with a fraction or exponent is a float.
   */
  parseNumber(): { kind: 'int'; value: bigint } | { kind: 'float'; value: number } {
    const start = this.index;
    if (this.peek() === 0x2d) this.eat();
    const first = this.next();
    if (first === undefined) throw this.error('EOF while parsing a value');
    if (first < 0x30 || first > 0x39) throw this.error('invalid number');
    if (first === 0x30) {
      const after = this.peek();
      if (after !== undefined && after >= 0x30 && after <= 0x39)
        throw this.peekError('invalid number');
    } else {
      this.eatDigits();
    }
    let isFloat = false;
    if (this.peek() === 0x2e) {
      this.eat();
      isFloat = true;
      if (this.eatDigits() === 0) {
        throw this.peek() === undefined
          ? this.peekError('EOF while parsing a value')
          : this.peekError('invalid number');
      }
    }
    const e = this.peek();
    if (e === 0x65 || e === 0x45) {
      this.eat();
      isFloat = true;
      const sign = this.peek();
      if (sign === 0x2b || sign === 0x2d) this.eat();
      if (this.eatDigits() === 0) {
        throw this.peek() === undefined
          ? this.peekError('EOF while parsing a value')
          : this.peekError('invalid number');
      }
    }
    const text = this.bytes.subarray(start, this.index).toString('latin1');
    if (isFloat) return { kind: 'float', value: Number(text) };
    const value = BigInt(text);
    if (value > 18446744073709551615n || value < -9223372036854775808n) {
      return { kind: 'float', value: Number(text) };
    }
    return { kind: 'int', value };
  }

  private eatDigits(): number {
    let count = 0;
    for (;;) {
      const byte = this.peek();
      if (byte === undefined || byte < 0x30 || byte > 0x39) return count;
      this.eat();
      count++;
    }
  }

  /** serde_json's MapAccess::next_key: null at `}` (not consumed). */
  nextKey(first: boolean): string | null {
    let byte = this.skipWhitespace();
    if (byte === 0x7d) return null;
    if (byte === undefined) throw this.peekError('EOF while parsing an object');
    if (!first) {
      if (byte !== 0x2c) throw this.peekError('expected `,` or `}`');
      this.eat();
      byte = this.skipWhitespace();
    }
    if (byte === 0x22) {
      this.eat();
      return this.parseString();
    }
    if (byte === 0x7d) throw this.peekError('trailing comma');
    if (byte === undefined) throw this.peekError('EOF while parsing a value');
    throw this.peekError('key must be a string');
  }

  parseColon(): void {
    const byte = this.skipWhitespace();
    if (byte === 0x3a) {
      this.eat();
      return;
    }
    if (byte === undefined) throw this.peekError('EOF while parsing an object');
    throw this.peekError('expected `:`');
  }

  endMap(): void {
    const byte = this.skipWhitespace();
    if (byte === 0x7d) {
      this.eat();
      return;
    }
    if (byte === 0x2c) throw this.peekError('trailing comma');
    if (byte === undefined) throw this.peekError('EOF while parsing an object');
    throw this.peekError('trailing characters');
  }

  /** serde_json's `Deserializer::end`: only whitespace may follow the value. */
  end(): void {
    if (this.skipWhitespace() !== undefined) throw this.peekError('trailing characters');
  }
}
