/**
 * Default ids the fake and the builders agree on, so a test can dispatch an interaction without
 * threading ids through. All are valid snowflakes (discord.js parses them as BigInt).
 */
export const FAKE_APPLICATION_ID = '1100000000000000001';
export const FAKE_BOT_USER_ID = FAKE_APPLICATION_ID;
export const FAKE_GUILD_ID = '1100000000000000100';
export const FAKE_CHANNEL_ID = '1100000000000000200';
export const FAKE_TOKEN = 'FAKE.discord.token';
