/** Line input for the terminal, TTY or piped: one question at a time, ending cleanly on EOF or Ctrl-C. */
import { createInterface, type Interface } from 'node:readline';

export class EndOfInput extends Error {
  constructor() {
    super('end of input');
  }
}

export class Terminal {
  private readonly rl: Interface;
  private readonly lines: AsyncIterator<string>;
  constructor(
    input: NodeJS.ReadableStream,
    readonly out: NodeJS.WritableStream,
  ) {
    this.rl = createInterface({ input, output: out, terminal: (input as { isTTY?: boolean }).isTTY === true });
    this.rl.on('SIGINT', () => this.rl.close());
    this.lines = this.rl[Symbol.asyncIterator]();
  }

  say(line: string): void {
    this.out.write(`${line}\n`);
  }

  async ask(prompt: string): Promise<string> {
    this.out.write(`${prompt} > `);
    const next = await this.lines.next();
    if (next.done) throw new EndOfInput();
    return next.value.trim();
  }

  /** A numbered menu; repeats until the answer is in range. Returns the index chosen. */
  async pick(question: string, options: readonly string[], outOfRange: (max: number) => string): Promise<number> {
    this.say(question);
    options.forEach((o, i) => {
      this.say(`  ${i + 1}) ${o}`);
    });
    for (;;) {
      const answer = await this.ask('#');
      const n = Number(answer);
      if (Number.isInteger(n) && n >= 1 && n <= options.length) return n - 1;
      this.say(outOfRange(options.length));
    }
  }

  close(): void {
    this.rl.close();
  }
}
