/**
 * The ADE web view (configuration_web_url, Part B): Setup Assistant GETs enrollment.web_view.path with the device's
 * signed MachineInfo in x-apple-aspen-deviceinfo, on that first request only. The blob is verified and decided as the
 * POST path would before any login: a refusal (unknown serial, minimum OS, untrusted signer) is answered right there.
 * Otherwise the blob is kept server-side with the login (never in a URL) and, once the user is logged in and allowed,
 * the callback serves the profile through the POST path's own verify → decide → record → serve, from this same host.
 */
import type http from 'node:http';
import type { EnrollRoute } from '../enroll/server.ts';
import type { LoginFlow } from './login.ts';
import { enrollContextOf } from './oidc.ts';

const DEVICE_INFO_HEADER = 'x-apple-aspen-deviceinfo';
const MAX_BLOB = 64 * 1024;

/**
 * The route for GET `path`; registers the web view's completion with `flow`. `publicUrl`: enrollment.public_url, whose
 * host the callback answers on; Setup Assistant takes the profile only from the host it asked (B.3), so a request for
 * another host is refused at once instead of failing after the login.
 */
export function createWebViewRoute(o: { path: string; flow: LoginFlow; publicUrl: string; trustForwarded?: boolean }): EnrollRoute {
  const publicHost = new URL(o.publicUrl).host.toLowerCase();
  o.flow.onComplete('webview', (req, res, user, data, gone) => {
    const blob = typeof data.blob === 'string' ? Buffer.from(data.blob, 'base64') : Buffer.alloc(0);
    // gate: false — the user has logged in already; the device is verified and decided again, as on every POST
    return enrollContextOf(req).enrollBytes(req, res, blob, gone, { user, gate: false });
  });
  return (req, res, ctx, gone) => {
    if ((req.url ?? '').split('?')[0] !== o.path) return undefined;
    return (async () => {
      if (req.method !== 'GET') {
        ctx.sendJson(res, 405, { code: 'adesync.method_not_allowed', message: 'use GET' }, { Allow: 'GET' });
        return 'bad_request';
      }
      const host = requestHost(req, !!o.trustForwarded);
      if (host !== publicHost) {
        ctx.sendJson(res, 403, {
          code: 'adesync.wrong_host',
          message: `configuration_web_url must be on ${publicHost} (enrollment.public_url), not ${host ?? 'no host'}: the profile is served from there`,
        });
        return 'refused';
      }
      const blob = deviceInfo(req);
      if (typeof blob === 'string') {
        ctx.sendJson(res, 400, { code: 'adesync.bad_request', message: blob });
        return 'bad_request';
      }
      const assessed = await ctx.assess(blob, gone);
      // Any refusal (untrusted, unknown serial, minimum OS …) goes through the POST path itself: same answer, same record.
      if (!assessed.ok || assessed.decision.decision !== 'served') return ctx.enrollBytes(req, res, blob, gone, { gate: false });
      await o.flow.begin(req, res, 'webview', {
        blob: blob.toString('base64'),
        serial: assessed.mi.SERIAL,
        device: { family: assessed.device?.device_family ?? null, token: assessed.device?.token ?? null },
      });
      return undefined;
    })();
  };
}

/** The header's bytes, or why there are none. */
function deviceInfo(req: http.IncomingMessage): Buffer | string {
  const header = req.headers[DEVICE_INFO_HEADER];
  if (typeof header !== 'string' || !header.length)
    return `no device information: open this page from Setup Assistant (it sends ${DEVICE_INFO_HEADER} on the first request)`;
  const compact = header.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(compact)) return `${DEVICE_INFO_HEADER} is not base64`;
  const bytes = Buffer.from(compact, 'base64');
  if (bytes.length > MAX_BLOB) return `${DEVICE_INFO_HEADER} over ${MAX_BLOB} bytes`;
  return bytes;
}

/** The host the client asked for: the proxy's X-Forwarded-Host when it is trusted, else Host. */
function requestHost(req: http.IncomingMessage, trustForwarded: boolean): string | undefined {
  const forwarded = trustForwarded
    ? String(req.headers['x-forwarded-host'] ?? '')
        .split(',')[0]
        .trim()
    : '';
  const host = forwarded || req.headers.host;
  return host ? host.slice(0, 300).toLowerCase() : undefined;
}
