import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  AccessDeniedError,
  AppleError,
  CursorError,
  DeviceNotFoundError,
  FeatureUnavailableError,
  ProfileInvalidError,
  ProfileNotFoundError,
  RequestError,
  SessionError,
  TermsNotSignedError,
  UnavailableError,
  errorFor,
  findErrorCode,
} from '../../src/apple/errors.ts';

type Cls = new (...a: never[]) => AppleError;
// Every row of A.11 (plus the 2017 depsim extras): endpoint, HTTP status, code, the class a caller branches on.
const TABLE: Array<[string, number, string, Cls]> = [
  ['GET /account', 401, 'UNAUTHORIZED', SessionError],
  ['POST /server/devices', 403, 'FORBIDDEN', SessionError],
  ['POST /device/activationlock', 403, 'FORBIDDEN', SessionError],
  ['POST /server/devices', 403, 'ACCESS_DENIED', AccessDeniedError],
  ['GET /session', 403, 'ACCESS_DENIED', AccessDeniedError],
  ['POST /devices/sync', 403, 'T_C_NOT_SIGNED', TermsNotSignedError],
  ['GET /session', 403, 'T_C_NOT_SIGNED', TermsNotSignedError],
  ['POST /server/devices', 400, 'USER_AGENT_MISSING', RequestError],
  ['POST /devices', 400, 'USER_AGENT_INVALID', RequestError],
  ['POST /device/activationlock', 400, 'MALFORMED_REQUEST_BODY', RequestError],
  ['POST /server/devices', 400, 'INVALID_CURSOR', CursorError],
  ['POST /devices/sync', 400, 'INVALID_CURSOR', CursorError],
  ['POST /server/devices', 400, 'EXHAUSTED_CURSOR', CursorError],
  ['POST /devices/sync', 400, 'EXHAUSTED_CURSOR', CursorError],
  ['POST /devices/sync', 400, 'EXPIRED_CURSOR', CursorError],
  ['POST /devices/sync', 400, 'CURSOR_REQUIRED', CursorError],
  ['POST /devices', 400, 'DEVICE_ID_REQUIRED', RequestError],
  ['POST /devices/disown', 400, 'DEVICE_ID_REQUIRED', RequestError],
  ['POST /profile/devices', 400, 'DEVICE_ID_REQUIRED', RequestError],
  ['DELETE /profile/devices', 400, 'DEVICE_ID_REQUIRED', RequestError],
  ['POST /profile/devices', 400, 'PROFILE_UUID_REQUIRED', RequestError],
  ['GET /profile', 400, 'PROFILE_UUID_REQUIRED', RequestError],
  ['GET /profile', 400, 'NOT_FOUND', ProfileNotFoundError],
  ['POST /profile', 400, 'CONFIG_NAME_INVALID', ProfileInvalidError],
  ['POST /profile', 400, 'CONFIG_NAME_REQUIRED', ProfileInvalidError],
  ['POST /profile', 400, 'CONFIG_URL_INVALID', ProfileInvalidError],
  ['POST /profile', 400, 'CONFIG_URL_REQUIRED', ProfileInvalidError],
  ['POST /profile', 400, 'DEPARTMENT_INVALID', ProfileInvalidError],
  ['POST /profile', 400, 'DEPARTMENT_REQUIRED', ProfileInvalidError],
  ['POST /profile', 400, 'FLAGS_INVALID', ProfileInvalidError],
  ['POST /profile', 400, 'LOCALE_INVALID', ProfileInvalidError],
  ['POST /profile', 400, 'MAGIC_INVALID', ProfileInvalidError],
  ['POST /profile', 400, 'SUPPORT_EMAIL_INVALID', ProfileInvalidError],
  ['POST /profile', 400, 'SUPPORT_PHONE_INVALID', ProfileInvalidError],
  ['POST /profile', 400, 'SUPPORT_PHONE_REQUIRED', ProfileInvalidError],
  ['GET /device/replacementDetails', 404, 'DEVICE_NOT_FOUND', DeviceNotFoundError],
  ['GET /os-beta-enrollment/tokens', 403, 'APPLE_SEED_FOR_IT_TURNED_OFF', FeatureUnavailableError],
  ['POST /account-driven-enrollment/profile', 400, 'ORG_NOT_SUPPORTED', FeatureUnavailableError],
  ['POST /account-driven-enrollment/profile', 400, 'MDM_SERVICE_DISCOVERY_URL_REQUIRED', RequestError],
  ['POST /account-driven-enrollment/profile', 400, 'MDM_SERVICE_DISCOVERY_URL_NOT_VALID', RequestError],
  ['GET /session', 429, 'TOO_MANY_REQUESTS', UnavailableError],
  ['POST /server/devices', 429, 'TOO_MANY_REQUESTS', UnavailableError],
];

for (const [endpoint, status, code, Cls] of TABLE) {
  for (const [form, body] of [
    ['bare', code],
    ['bare+newline', `${code}\n`],
    ['quoted', `"${code}"`],
    ['json', `{"code":"${code}"}`],
    ['json+message', `{"code":"${code}","message":"see docs"}`],
  ] as const) {
    test(`${endpoint} ${status} ${code} (${form}) → ${Cls.name}`, () => {
      assert.equal(findErrorCode(body), code);
      const e = errorFor(status, body, endpoint);
      assert.ok(e instanceof Cls, `got ${e.constructor.name}`);
      assert.equal(e.constructor, Cls, 'the most specific class');
      assert.equal(e.code, code);
      assert.equal(e.status, status);
      assert.equal(e.endpoint, endpoint);
      assert.ok(e.message.startsWith(`${endpoint}: HTTP ${status} ${code}`), e.message);
    });
  }
}

// Answers without a known code.
const CODELESS: Array<[string, number, string, Cls, string]> = [
  ['POST /profile/devices', 404, 'Not Found', ProfileNotFoundError, 'HTTP_404'], // assign with an unknown profile UUID
  ['PUT /profile/devices', 404, '', ProfileNotFoundError, 'HTTP_404'],
  ['GET /account', 401, '', SessionError, 'HTTP_401'],
  ['POST /devices', 403, '<html>nope</html>', AccessDeniedError, 'HTTP_403'],
  ['POST /devices', 405, '', RequestError, 'HTTP_405'],
  ['POST /devices', 500, 'Internal Server Error', UnavailableError, 'HTTP_500'],
  ['POST /devices', 502, '', UnavailableError, 'HTTP_502'],
  ['POST /devices', 503, '', UnavailableError, 'HTTP_503'],
  ['POST /devices', 504, '', UnavailableError, 'HTTP_504'],
  ['POST /devices', 418, 'teapot', AppleError, 'HTTP_418'],
  // 404 NOT_FOUND on the discovery URL endpoint is not a profile problem.
  ['GET /account-driven-enrollment/profile', 404, 'NOT_FOUND', AppleError, 'NOT_FOUND'],
];
for (const [endpoint, status, body, Cls, code] of CODELESS) {
  test(`${endpoint} ${status} ${JSON.stringify(body)} → ${Cls.name} ${code}`, () => {
    const e = errorFor(status, body, endpoint);
    assert.equal(e.constructor, Cls);
    assert.equal(e.code, code);
  });
}

test('findErrorCode: whole tokens only, longest first, first 4 KiB only', () => {
  assert.equal(findErrorCode('DEVICE_NOT_FOUND'), 'DEVICE_NOT_FOUND');
  assert.equal(findErrorCode('XNOT_FOUND'), undefined);
  assert.equal(findErrorCode('NOT_FOUND_X'), undefined);
  assert.equal(findErrorCode('oauth_problem=token_rejected'), undefined);
  assert.equal(findErrorCode(''), undefined);
  assert.equal(findErrorCode(`${' '.repeat(5000)}FORBIDDEN`), undefined);
});

test('AppleError keeps at most 512 characters of the body', () => {
  const e = errorFor(400, `INVALID_CURSOR ${'x'.repeat(10_000)}`, 'POST /devices/sync');
  assert.equal(e.body?.length, 512);
});
