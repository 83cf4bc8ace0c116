/**
 * Parses a REST request body the way Discord reads it: JSON, or multipart/form-data (discord.js uses
 * it when files are attached) whose `payload_json` part holds the JSON; file parts are listed by name.
 */
export async function parseBody(raw: Buffer, contentType: string | undefined): Promise<unknown> {
  if (raw.length === 0) return undefined;
  const text = raw.toString('utf8');
  if (contentType?.startsWith('multipart/form-data')) {
    const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
    const payload = form.get('payload_json');
    const files = [...form.entries()].filter(([, v]) => typeof v !== 'string').map(([k]) => k);
    const json = typeof payload === 'string' ? (JSON.parse(payload) as Record<string, unknown>) : {};
    return { ...json, __files: files };
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
