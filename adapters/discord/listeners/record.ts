/**
 * Issue 20 in Discord: "write down what was said" opens the statement modal for the session's agent; the
 * modal's submission is sealed and stored by the app; a page's Report button sends the incident report
 * (Markdown, as a file: a report is longer than a message) to whoever may read it, only to them.
 * Discord gives no time zone for a user: the report's times are in UTC, and it says so.
 */
import { AttachmentBuilder, type ButtonInteraction, MessageFlags, type ModalSubmitInteraction } from 'discord.js';
import { errorText } from '../../../src/app/errors.ts';
import { reportBlocks } from '../../../src/app/report/blocks.ts';
import { toMarkdown } from '../../../src/app/report/markdown.ts';
import { text } from '../../../src/engine/index.ts';
import { agentIdOf } from '../agent.ts';
import { renderStatementModal, type STATEMENT_FIELDS } from '../render/record.ts';
import type { ListenerContext } from './context.ts';
import { personLocale } from './person-locale.ts';
import { sayEphemeral, sayKey } from './reply.ts';

export async function onStatementButton(ctx: ListenerContext, i: ButtonInteraction, sessionId: string): Promise<void> {
  const locale = await personLocale(ctx, i);
  const statements = ctx.app.statements;
  if (!statements?.available) return sayKey(i, locale, 'statement.off');
  const r = await statements.writable(agentIdOf(i.user.id), sessionId);
  if (!r.ok) return sayEphemeral(i, errorText(locale, r.error));
  await i.showModal(renderStatementModal(r.value.session.id, r.value.threat, locale));
}

export async function onStatementSubmit(ctx: ListenerContext, i: ModalSubmitInteraction, sessionId: string) {
  const locale = await personLocale(ctx, i);
  const statements = ctx.app.statements;
  if (!statements) return sayKey(i, locale, 'statement.off');
  const field = (id: (typeof STATEMENT_FIELDS)[number]): string => {
    try {
      return i.fields.getTextInputValue(id);
    } catch {
      return '';
    }
  };
  const r = await statements.write(agentIdOf(i.user.id), sessionId, {
    said: field('said'),
    when: field('when'),
    witnesses: field('witnesses'),
  });
  await sayEphemeral(i, r.ok ? text(locale, 'statement.saved') : errorText(locale, r.error));
}

export async function onReportButton(ctx: ListenerContext, i: ButtonInteraction, sessionId: string): Promise<void> {
  const locale = await personLocale(ctx, i);
  const reports = ctx.app.reports;
  if (!reports) return sayKey(i, locale, 'discord.unknown_button');
  const r = await reports.build(agentIdOf(i.user.id), sessionId, 'discord');
  if (!r.ok) return sayEphemeral(i, errorText(locale, r.error));
  const markdown = toMarkdown(reportBlocks(r.value, locale, 'UTC'));
  await i.reply({
    content: `${text(locale, 'incident.title')}: ${sessionId}`,
    files: [new AttachmentBuilder(Buffer.from(markdown, 'utf8'), { name: `incident-${sessionId}.md` })],
    flags: MessageFlags.Ephemeral,
  });
}
