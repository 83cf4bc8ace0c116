/** Line input for the terminal, TTY or piped: one question at a time, ending cleanly on EOF or Ctrl-C. */

/** Where background output (pages, reminders, notices from a timer) is printed. */
export interface Printer {
  print(text: string): void;
}

import { createInterface, type Interface } from 'node:readline';

/** What pick() returns when the person went back. */
export const BACK = -1;

export class EndOfInput extends Error {
  constructor() {
    super('end of input');
  }
}

export class Terminal implements Printer {
  private readonly rl: Interface;
  private readonly tty: boolean;
  /** The prompt on screen while a line is awaited, so background output can redraw it. */
  private waiting: string | null = null;
  private readonly lines: AsyncIterator<string>;
  constructor(
    input: NodeJS.ReadableStream,
    readonly out: NodeJS.WritableStream,
  ) {
    this.tty = (input as { isTTY?: boolean }).isTTY === true;
    this.rl = createInterface({ input, output: out, terminal: this.tty });
    this.rl.on('SIGINT', () => this.rl.close());
    this.lines = this.rl[Symbol.asyncIterator]();
  }

  say(line: string): void {
    this.out.write(`${line}\n`);
  }

  async ask(prompt: string): Promise<string> {
    const shown = `${prompt} > `;
    this.out.write(shown);
    this.waiting = shown;
    try {
      const next = await this.lines.next();
      if (next.done) throw new EndOfInput();
      return next.value.trim();
    } finally {
      this.waiting = null;
    }
  }

  /**
   * Output that arrives on its own (a page on a timer, a supervisor's answer): printed above the
   * prompt, which is then drawn again with what the person had typed so far. Never glued to the prompt.
   */
  print(text: string): void {
    const body = text.endsWith('\n') ? text : `${text}\n`;
    if (this.waiting === null) {
      this.out.write(body);
      return;
    }
    // A terminal: clear the prompt line and redraw it below. Piped: start on a line of its own.
    this.out.write(this.tty ? '\r\x1b[2K' : '\n');
    this.out.write(body.startsWith('\n') ? body.slice(1) : body);
    this.out.write(this.tty ? `${this.waiting}${this.rl.line}` : this.waiting);
  }

  /**
   * A numbered menu; repeats until the answer is in range. Returns the index chosen, or -1 when `back`
   * (its label) is given and the person answered `0` or `back`.
   */
  async pick(
    question: string,
    options: readonly string[],
    outOfRange: (max: number) => string,
    back?: string,
  ): Promise<number> {
    this.say(question);
    options.forEach((o, i) => {
      this.say(`  ${i + 1}) ${o}`);
    });
    if (back !== undefined) this.say(`  0) ${back}`);
    for (;;) {
      const answer = await this.ask('#');
      if (back !== undefined && (answer === '0' || answer.toLowerCase() === 'back')) return BACK;
      const n = Number(answer);
      if (Number.isInteger(n) && n >= 1 && n <= options.length) return n - 1;
      this.say(outOfRange(options.length));
    }
  }

  close(): void {
    this.rl.close();
  }
}
