// Checks on 2xx bodies: required fields only (what our callers rely on); unknown keys pass through (A.1: Apple adds
// fields with new protocol versions). Anything else is a ResponseFormatError: never a crash, never a silent default.
import { z } from 'zod';
import { ResponseFormatError } from './errors.ts';
import type {
  AccountDetail,
  ActivationLockResponse,
  AssignProfileResponse,
  BetaTokensResponse,
  DefineProfileResponse,
  Device,
  DeviceListResponse,
  DeviceStatusResponse,
  FetchDeviceResponse,
  Profile,
  ReplacementDetails,
  SessionResponse,
} from './types.ts';

const serialResults = z.record(z.string(), z.string());

const SHAPES = {
  session: z.looseObject({ auth_session_token: z.string().min(1) }),
  account: z.looseObject({
    server_name: z.string(),
    server_uuid: z.string(),
    org_name: z.string(),
    urls: z.array(z.looseObject({ uri: z.string(), http_method: z.array(z.string()) })).optional(),
  }),
  fetch: z.looseObject({
    devices: z.array(z.looseObject({ serial_number: z.string().min(1) })),
    cursor: z.string().min(1),
    fetched_until: z.string(),
    more_to_follow: z.boolean(),
  }),
  // Inaccessible serials come back as {"response_status":"NOT_ACCESSIBLE"} alone (A.7.3): serial_number optional here.
  details: z.looseObject({ devices: z.record(z.string(), z.looseObject({ serial_number: z.string().optional() })) }),
  status: z.looseObject({ devices: serialResults }),
  activationLock: z.looseObject({ serial_number: z.string(), response_status: z.string() }),
  replacement: z.looseObject({ serial_number: z.string(), original_device_serial_number: z.string(), replacement_date: z.string() }),
  // `devices` is absent when the definition assigned nothing; the client checks it against the request.
  define: z.looseObject({ profile_uuid: z.string().min(1), devices: serialResults.optional() }),
  profile: z.looseObject({ profile_name: z.string(), url: z.string() }),
  assign: z.looseObject({ profile_uuid: z.string(), devices: serialResults, retry_after_seconds: z.number().optional() }),
  beta: z.looseObject({ betaEnrollmentTokens: z.array(z.looseObject({ token: z.string(), title: z.string(), os: z.string() })) }),
} as const;

/** What each body parses to. */
export interface ResponseTypes {
  session: SessionResponse;
  account: AccountDetail;
  fetch: FetchDeviceResponse;
  details: DeviceListResponse;
  status: DeviceStatusResponse;
  activationLock: ActivationLockResponse;
  replacement: ReplacementDetails;
  define: Omit<DefineProfileResponse, 'devices'> & { devices?: DefineProfileResponse['devices'] };
  profile: Profile;
  assign: AssignProfileResponse;
  beta: BetaTokensResponse;
}
export type ResponseKind = keyof ResponseTypes;

/** Parse and check a 2xx body of the given kind. */
export function parseResponse<K extends ResponseKind>(kind: K, body: string, endpoint: string = kind, status = 200): ResponseTypes[K] {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new ResponseFormatError(`${endpoint}: HTTP ${status} body is not JSON (${body.length} characters)`, { status, code: 'INVALID_JSON', body, endpoint });
  }
  const r = SHAPES[kind].safeParse(json);
  if (!r.success) {
    const i = r.error.issues[0];
    const where = i?.path.length ? i.path.join('.') : '(body)';
    throw new ResponseFormatError(`${endpoint}: HTTP ${status} body has an unexpected shape at ${where}: ${i?.message ?? 'invalid'}`, {
      status,
      code: 'UNEXPECTED_SHAPE',
      body,
      endpoint,
    });
  }
  if (kind === 'details') {
    // The map key is the serial: fill it in for the bare {"response_status":"NOT_ACCESSIBLE"} records.
    const d = r.data as { devices: Record<string, Partial<Device>> };
    for (const [serial, rec] of Object.entries(d.devices)) rec.serial_number ??= serial;
  }
  return r.data as unknown as ResponseTypes[K];
}
