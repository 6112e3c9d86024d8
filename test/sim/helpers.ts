// A deliberately small third-party client for the simulator tests: our own OAuth signing (oauth-1.0a) and fetch(),
// independent of src/apple.
import { createHmac, randomBytes } from 'node:crypto';
import { after } from 'node:test';
import OAuth from 'oauth-1.0a';
import type { ServerToken } from '../../src/apple/types.ts';
import { startSim, type RunningSim, type SimOptions } from '../../src/sim/index.ts';
import { fetchOnce } from '../helpers/http.ts';

export function signSession(token: ServerToken, url: string, o: { timestamp?: number; nonce?: string; secret?: string } = {}): string {
  const oauth = new OAuth({
    consumer: { key: token.consumer_key, secret: o.secret ?? token.consumer_secret },
    realm: 'ADM',
    signature_method: 'HMAC-SHA1',
    hash_function: (base, key) => createHmac('sha1', key).update(base).digest('base64'),
  });
  const data: OAuth.Data = {
    oauth_consumer_key: token.consumer_key,
    oauth_nonce: o.nonce ?? randomBytes(16).toString('hex'),
    oauth_signature_method: 'HMAC-SHA1',
    oauth_timestamp: o.timestamp ?? Math.floor(Date.now() / 1000),
    oauth_token: token.access_token,
    oauth_version: '1.0',
  };
  const oauth_signature = oauth.getSignature({ url, method: 'GET' }, token.access_secret, data);
  return oauth.toHeader({ ...data, oauth_signature }).Authorization;
}

export interface Reply {
  status: number;
  text: string;
  json: any;
  headers: Headers;
}

export class TestClient {
  session = '';
  ua: string | undefined = 'adesync-test/1.0';
  protocol: string | undefined = '10';
  constructor(
    readonly sim: RunningSim,
    readonly server = Object.keys(sim.tokens)[0],
  ) {}

  async login(opts: Parameters<typeof signSession>[2] = {}): Promise<Reply> {
    const r = await this.raw('GET', '/session', undefined, {
      authorization: signSession(this.sim.tokens[this.server], this.sim.url + '/session', { timestamp: Math.floor(this.sim.control.now() / 1000), ...opts }),
    });
    if (r.status === 200) this.session = r.json.auth_session_token;
    return r;
  }

  async raw(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Reply> {
    const h: Record<string, string> = { 'content-type': 'application/json;charset=UTF8', ...headers };
    if (this.session && !('x-adm-auth-session' in h)) h['x-adm-auth-session'] = this.session;
    if (this.ua !== undefined && !('user-agent' in h)) h['user-agent'] = this.ua;
    if (this.protocol !== undefined) h['x-server-protocol-version'] = this.protocol;
    const r = await fetchOnce(this.sim.url + path, {
      method,
      headers: h,
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await r.text();
    let json: any;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: r.status, text, json, headers: r.headers };
  }

  /** Logged-in call; adopts a rotated session like a real client. */
  async call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Reply> {
    if (!this.session) await this.login();
    let r = await this.raw(method, path, body, headers);
    if (r.status === 401) {
      await this.login();
      r = await this.raw(method, path, body, headers);
    }
    const rotated = r.headers.get('x-adm-auth-session');
    if (rotated) this.session = rotated;
    return r;
  }

  /** Full fetch; returns serials and the final cursor. */
  async fetchAll(limit = 1000): Promise<{ serials: string[]; cursor: string; pages: number }> {
    let cursor: string | undefined;
    const serials: string[] = [];
    let pages = 0;
    for (;;) {
      const r = await this.call('POST', '/server/devices', cursor ? { cursor, limit } : { limit });
      if (r.status !== 200) throw new Error(`fetch ${r.status} ${r.text}`);
      pages++;
      serials.push(...r.json.devices.map((d: { serial_number: string }) => d.serial_number));
      cursor = r.json.cursor;
      if (!r.json.more_to_follow) return { serials, cursor: cursor!, pages };
    }
  }

  async syncAll(cursor: string, limit = 1000): Promise<{ events: any[]; cursor: string }> {
    const events: any[] = [];
    for (;;) {
      const r = await this.call('POST', '/devices/sync', { cursor, limit });
      if (r.status !== 200) throw new Error(`sync ${r.status} ${r.text}`);
      events.push(...r.json.devices);
      cursor = r.json.cursor;
      if (!r.json.more_to_follow) return { events, cursor };
    }
  }
}

/** A sim closed when the test file ends. */
export async function sim(opts: SimOptions = {}): Promise<RunningSim> {
  const s = await startSim(opts);
  after(() => s.close());
  return s;
}
