// A simulated device in Setup Assistant: builds a MachineInfo plist, signs it like a device does (CMS SignedData with
// its identity), and POSTs it to the ADE profile's url. Used by the demo and the load/fuzz suites.
import { request } from 'node:https';
import { request as httpRequest } from 'node:http';
import * as plist from 'plist';
import type { ProfileSigner } from '../cms/sign.ts';

export interface MachineInfoFields {
  UDID: string;
  SERIAL: string;
  PRODUCT: string;
  VERSION: string;
  OS_VERSION?: string;
  LANGUAGE?: string;
  MDM_CAN_REQUEST_SOFTWARE_UPDATE?: boolean;
  SOFTWARE_UPDATE_DEVICE_ID?: string;
  [k: string]: unknown;
}

export function machineInfoXml(f: MachineInfoFields): Buffer {
  return Buffer.from(plist.build(f as unknown as plist.PlistValue), 'utf8');
}

export interface EnrollAnswer {
  status: number;
  contentType: string;
  body: Buffer;
}

/** POST a body to an https (trusting `ca`) or http URL. */
export function post(url: string, body: Buffer, opts: { ca?: string | Buffer; contentType?: string; timeoutMs?: number } = {}): Promise<EnrollAnswer> {
  const u = new URL(url);
  const make = u.protocol === 'https:' ? request : httpRequest;
  return new Promise((resolve, reject) => {
    const req = make(
      u,
      {
        method: 'POST',
        ca: opts.ca,
        timeout: opts.timeoutMs ?? 10_000,
        headers: {
          'content-type': opts.contentType ?? 'application/pkcs7-signature',
          'content-length': body.length,
          'user-agent': 'DeviceManagementClient/1.0',
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, contentType: String(res.headers['content-type'] ?? ''), body: Buffer.concat(chunks) }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end(body);
  });
}

/** A device identity (leaf issued by a device CA) that signs MachineInfo. */
export class SimulatedDevice {
  constructor(private readonly signer: ProfileSigner) {}
  signedMachineInfo(f: MachineInfoFields): Buffer {
    return this.signer.signSync(machineInfoXml(f));
  }
  enroll(url: string, f: MachineInfoFields, ca?: string | Buffer): Promise<EnrollAnswer> {
    return post(url, this.signedMachineInfo(f), { ca });
  }
}
