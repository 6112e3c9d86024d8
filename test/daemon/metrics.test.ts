import { test } from 'node:test';
import assert from 'node:assert/strict';
import parse, { type Family } from 'parse-prometheus-text-format';
import { createMetrics } from '../../src/daemon/metrics.ts';

async function scrape(m: ReturnType<typeof createMetrics>): Promise<Map<string, Family>> {
  return new Map(parse(await m.render()).map((f) => [f.name, f]));
}
const sample = (f: Family | undefined, labels: Record<string, string>) => f?.metrics.find((s) => Object.entries(labels).every(([k, v]) => s.labels?.[k] === v));
/**
 * parse-prometheus-text-format 1.1.1 only understands histograms without labels (it folds every labelled series into
 * one bucket map and drops _sum/_count), so labelled histogram series are read from the exposition lines themselves.
 */
function series(text: string, name: string, labels: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${name}{`) && l.includes(labels));
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
}

test('each recorder shows up with its labels and values', async () => {
  let clock = Date.parse('2026-01-01T00:00:00Z');
  const m = createMetrics({ defaultMetrics: false, now: () => clock });
  m.appleResponse('main', 'POST /server/devices', 200, 120);
  m.appleResponse('main', 'POST /server/devices', 200, 80);
  m.appleResponse('main', 'GET /session', 401, 30);
  m.appleResponse('main', 'GET /account', 'error', 30000);
  m.syncFinished('main', 'fetch', 4000);
  m.syncFinished('main', 'sync', 100, false);
  m.syncPage('main', 3);
  m.assignmentResults('main', 'SUCCESS', 998);
  m.assignmentResults('main', 'NOT_ACCESSIBLE', 2);
  m.enrollment('serve', 40);
  m.enrollment('refuse', 3);
  m.tokenExpiry('main', '2026-01-31T00:00:00Z');
  m.tokenStatus('main', 'expiring');
  m.setDeviceCounts(() => [
    { token: 'main', profile_status: 'empty', count: 7 },
    { token: 'main', profile_status: 'pushed', count: 93 },
  ]);
  m.setAssignmentCounts(async () => [{ token: 'main', state: 'failed', count: 2 }]);

  const text = await m.render();
  let f = new Map(parse(text).map((x) => [x.name, x]));
  assert.equal(f.get('adesync_apple_requests_total')!.type, 'COUNTER');
  assert.equal(sample(f.get('adesync_apple_requests_total'), { endpoint: 'POST /server/devices', status: '200' })!.value, '2');
  assert.equal(sample(f.get('adesync_apple_requests_total'), { endpoint: 'GET /session', status: '401' })!.value, '1');
  assert.equal(sample(f.get('adesync_apple_requests_total'), { status: 'error' })!.value, '1');
  assert.equal(f.get('adesync_apple_request_duration_seconds')!.type, 'HISTOGRAM');
  const dev = 'token="main",endpoint="POST /server/devices"';
  assert.equal(series(text, 'adesync_apple_request_duration_seconds_count', dev), 2);
  assert.equal(series(text, 'adesync_apple_request_duration_seconds_sum', dev), 0.2);
  assert.equal(series(text, 'adesync_apple_request_duration_seconds_bucket', `le="0.1",${dev}`), 1);
  assert.equal(series(text, 'adesync_apple_request_duration_seconds_bucket', `le="0.25",${dev}`), 2);
  assert.equal(series(text, 'adesync_sync_duration_seconds_sum', 'token="main",kind="fetch"'), 4);
  assert.equal(series(text, 'adesync_sync_duration_seconds_count', 'kind="sync"'), undefined, 'failed runs are not timed');
  assert.equal(sample(f.get('adesync_sync_runs_total'), { kind: 'sync', result: 'error' })!.value, '1');
  assert.equal(sample(f.get('adesync_sync_last_success_timestamp_seconds'), { token: 'main' })!.value, String(clock / 1000));
  assert.equal(sample(f.get('adesync_sync_pages_total'), { token: 'main' })!.value, '3');
  assert.equal(sample(f.get('adesync_assignment_results_total'), { result: 'SUCCESS' })!.value, '998');
  assert.equal(sample(f.get('adesync_assignment_results_total'), { result: 'NOT_ACCESSIBLE' })!.value, '2');
  assert.equal(sample(f.get('adesync_enrollment_requests_total'), { decision: 'serve' })!.value, '1');
  const enroll = f.get('adesync_enrollment_duration_seconds')!.metrics[0];
  assert.equal(enroll.count, '2');
  assert.ok(Math.abs(Number(enroll.sum) - 0.043) < 1e-9);
  assert.equal(enroll.buckets!['0.005'], '1');
  assert.equal(enroll.buckets!['0.05'], '2');
  assert.equal(sample(f.get('adesync_token_expiry_seconds'), { token: 'main' })!.value, String(30 * 86400));
  assert.equal(sample(f.get('adesync_token_status'), { status: 'expiring' })!.value, '1');
  assert.equal(sample(f.get('adesync_token_status'), { status: 'ok' })!.value, '0');
  assert.equal(f.get('adesync_devices')!.type, 'GAUGE');
  assert.equal(sample(f.get('adesync_devices'), { profile_status: 'pushed' })!.value, '93');
  assert.equal(sample(f.get('adesync_assignments'), { state: 'failed' })!.value, '2');

  // The expiry gauge counts down between scrapes; device counts follow their source.
  clock += 31 * 86400 * 1000;
  m.setDeviceCounts(() => [{ token: 'main', profile_status: 'pushed', count: 100 }]);
  f = await scrape(m);
  assert.equal(sample(f.get('adesync_token_expiry_seconds'), { token: 'main' })!.value, String(-86400));
  assert.equal(sample(f.get('adesync_devices'), { profile_status: 'empty' }), undefined, 'stale label sets are dropped');
  assert.equal(sample(f.get('adesync_devices'), { profile_status: 'pushed' })!.value, '100');
});

test('a failing count source keeps the last values and does not fail the scrape', async () => {
  const warnings: string[] = [];
  const { createLogger } = await import('../../src/log.ts');
  const m = createMetrics({ defaultMetrics: false, logger: createLogger({ sink: (l) => warnings.push(l) }) });
  let fail = false;
  m.setDeviceCounts(() => {
    if (fail) throw new Error('database is locked');
    return [{ token: 'a', profile_status: 'assigned', count: 5 }];
  });
  await scrape(m);
  fail = true;
  const f = await scrape(m);
  assert.equal(sample(f.get('adesync_devices'), { token: 'a' })!.value, '5');
  assert.equal(warnings.length, 1);
  assert.match(warnings[0], /database is locked/);
});

test("forgetToken drops only that token's series", async () => {
  const m = createMetrics({ defaultMetrics: false });
  for (const t of ['a', 'b']) {
    m.appleResponse(t, 'GET /account', 200, 10);
    m.tokenStatus(t, 'ok');
    m.tokenExpiry(t, new Date(Date.now() + 1e9));
    m.syncFinished(t, 'sync', 5);
  }
  await m.forgetToken('a');
  const text = await m.render();
  assert.doesNotMatch(text, /token="a"/);
  assert.match(text, /adesync_apple_requests_total\{token="b"/);
  assert.match(text, /adesync_sync_duration_seconds_bucket\{le="0.5",token="b",kind="sync"\}/);
});

test('default process metrics come along, on a registry of our own', async () => {
  const a = createMetrics();
  const b = createMetrics(); // two in one process must not clash (no global registry)
  const f = await scrape(a);
  assert.ok(f.has('process_resident_memory_bytes'));
  assert.ok(f.has('nodejs_eventloop_lag_seconds'));
  assert.ok((await b.render()).includes('process_cpu_seconds_total'));
  assert.match(a.contentType, /^text\/plain; version=0\.0\.4/);
});

test('alerting gauges: adesync_ready, cursor age per token, and a last success carried over from the database', async () => {
  let clock = Date.parse('2026-03-10T12:00:00Z');
  const m = createMetrics({ defaultMetrics: false, now: () => clock });
  let f = await scrape(m);
  assert.equal(sample(f.get('adesync_ready'), {})!.value, '0', 'no readiness source yet: not ready');
  assert.equal(f.get('adesync_sync_cursor_age_seconds')?.metrics.length ?? 0, 0);

  let ready = false;
  m.setReadiness(() => ready);
  m.setCursors(async () => [
    { token: 'main', issued_at: '2026-03-04T00:00:00Z' },
    { token: 'bad', issued_at: 'not a date' },
  ]);
  m.syncLastSuccessAt('main', '2026-03-10T11:00:00Z');
  f = await scrape(m);
  assert.equal(sample(f.get('adesync_ready'), {})!.value, '0');
  assert.equal(sample(f.get('adesync_sync_cursor_age_seconds'), { token: 'main' })!.value, String(6.5 * 86400));
  assert.equal(sample(f.get('adesync_sync_cursor_age_seconds'), { token: 'bad' }), undefined, 'an unparsable time gives no series, not NaN');
  assert.equal(sample(f.get('adesync_sync_last_success_timestamp_seconds'), { token: 'main' })!.value, String(Date.parse('2026-03-10T11:00:00Z') / 1000));

  ready = true;
  clock += 3600_000;
  m.setCursors(() => [{ token: 'main', issued_at: '2026-03-10T12:30:00Z' }]);
  m.syncFinished('main', 'sync', 100);
  f = await scrape(m);
  assert.equal(sample(f.get('adesync_ready'), {})!.value, '1');
  assert.equal(sample(f.get('adesync_sync_cursor_age_seconds'), { token: 'main' })!.value, '1800', 'the age follows the clock and the source');
  assert.equal(sample(f.get('adesync_sync_last_success_timestamp_seconds'), { token: 'main' })!.value, String(clock / 1000), 'a sync in this process wins');

  m.setReadiness(() => {
    throw new Error('boom');
  });
  assert.equal(sample((await scrape(m)).get('adesync_ready'), {})!.value, '0', 'a throwing readiness check reads as not ready');
});

test('the outcomes alerts count with increase() exist at 0 before the first event (a first burst is not invisible)', async () => {
  const m = createMetrics({ defaultMetrics: false });
  let f = await scrape(m);
  for (const decision of ['served', 'os_update_required', 'refused', 'bad_request', 'error']) {
    assert.equal(sample(f.get('adesync_enrollment_requests_total'), { decision })?.value, '0', decision);
  }
  for (const flow of ['webview', 'ota', 'psso']) assert.equal(sample(f.get('adesync_enrollment_logins_total'), { flow })?.value, '0', flow);
  m.enrollmentLogin('psso');
  assert.equal(sample((await scrape(m)).get('adesync_enrollment_logins_total'), { flow: 'psso' })?.value, '1');
  assert.equal(sample(f.get('adesync_assignment_results_total'), { token: 'main' }), undefined, 'no token known yet');
  m.tokenStatus('main', 'ok');
  m.assignmentResults('main', 'SUCCESS', 3);
  f = await scrape(m);
  assert.equal(sample(f.get('adesync_assignment_results_total'), { token: 'main', result: 'FAILED' })?.value, '0');
  assert.equal(sample(f.get('adesync_assignment_results_total'), { token: 'main', result: 'NOT_ACCESSIBLE' })?.value, '0');
  assert.equal(sample(f.get('adesync_assignment_results_total'), { token: 'main', result: 'SUCCESS' })?.value, '3');
  assert.equal(sample(f.get('adesync_sync_runs_total'), { token: 'main', kind: 'sync', result: 'error' })?.value, '0');
  await m.forgetToken('main');
  m.tokenStatus('main', 'ok');
  f = await scrape(m);
  assert.equal(sample(f.get('adesync_assignment_results_total'), { token: 'main', result: 'FAILED' })?.value, '0', 'zeroed again after forget');
});

test('enrollment overload, worker pool and connection refusals show up with their labels and values', async () => {
  const m = createMetrics({ defaultMetrics: false });
  let pool = { queued: 7, workers: 2, busy: 1, restarts: 3 };
  m.setEnrollmentPool(() => pool);
  m.enrollmentOverload('queue_full');
  m.enrollmentOverload('queue_full');
  m.enrollmentOverload('deadline');
  m.enrollmentOverload('client_gone');
  m.connectionRefused('enrollment', 'per_peer');
  m.connectionRefused('admin', 'max_connections');
  let f = await scrape(m);
  assert.equal(sample(f.get('adesync_enrollment_rejected_total'), { reason: 'queue_full' })?.value, '2');
  assert.equal(sample(f.get('adesync_enrollment_rejected_total'), { reason: 'deadline' })?.value, '1');
  assert.equal(sample(f.get('adesync_enrollment_rejected_total'), { reason: 'client_gone' }), undefined, 'a departed client is not a 503');
  assert.equal(f.get('adesync_enrollment_abandoned_total')?.metrics[0].value, '1');
  assert.equal(f.get('adesync_enrollment_queue_length')?.metrics[0].value, '7');
  assert.equal(sample(f.get('adesync_enrollment_workers'), { state: 'running' })?.value, '2');
  assert.equal(sample(f.get('adesync_enrollment_workers'), { state: 'busy' })?.value, '1');
  assert.equal(f.get('adesync_enrollment_worker_restarts_total')?.metrics[0].value, '3');
  assert.equal(sample(f.get('adesync_connections_refused_total'), { listener: 'enrollment', reason: 'per_peer' })?.value, '1');
  assert.equal(sample(f.get('adesync_connections_refused_total'), { listener: 'admin', reason: 'max_connections' })?.value, '1');
  pool = { queued: 0, workers: 2, busy: 0, restarts: 5 };
  f = await scrape(m);
  assert.equal(f.get('adesync_enrollment_queue_length')?.metrics[0].value, '0', 'read at each scrape');
  assert.equal(f.get('adesync_enrollment_worker_restarts_total')?.metrics[0].value, '5');
});
