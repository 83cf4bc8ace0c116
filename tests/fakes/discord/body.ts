/**
 * Parses a REST request body the way Discord reads it: JSON, or multipart/form-data (discord.js uses
 * it when files are attached) whose `payload_json` part holds the JSON. File parts are listed by field
 * name in `__files` and kept, with their bytes, in `__uploads` (Discord matches `files[n]` to the
 * `attachments` entry with `id: n`).
 */
export interface UploadedFile {
  readonly field: string;
  readonly filename: string;
  readonly contentType: string;
  readonly data: Buffer;
}

export async function parseBody(raw: Buffer, contentType: string | undefined): Promise<unknown> {
  if (raw.length === 0) return undefined;
  const text = raw.toString('utf8');
  if (contentType?.startsWith('multipart/form-data')) {
    const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
    const payload = form.get('payload_json');
    const uploads: UploadedFile[] = [];
    for (const [field, v] of form.entries())
      if (typeof v !== 'string')
        uploads.push({ field, filename: v.name, contentType: v.type, data: Buffer.from(await v.arrayBuffer()) });
    const json = typeof payload === 'string' ? (JSON.parse(payload) as Record<string, unknown>) : {};
    return { ...json, __files: uploads.map((u) => u.field), __uploads: uploads };
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
