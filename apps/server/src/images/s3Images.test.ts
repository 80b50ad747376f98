/**
 * The S3 image store against an S3-compatible server running on this machine (s3rver, on
 * 127.0.0.1 and a free port, its files in a temp dir), through the same contract suite.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeImageStore } from './imageStore.contract';
import { openS3Images, parseS3Url } from './s3Images';

let server: S3rver;
let dir: string;
let endpoint: string;
let buckets = 0;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'parcours-s3-'));
  server = new S3rver({ address: '127.0.0.1', port: 0, directory: dir, silent: true });
  const { port } = await server.run();
  endpoint = `http://127.0.0.1:${port}`;
});
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describeImageStore('s3', async () => {
  const bucket = `images-${++buckets}`;
  const url = `${endpoint.replace('://', '://S3RVER:S3RVER@')}/${bucket}`;
  const { S3Client, CreateBucketCommand } = await import('@aws-sdk/client-s3');
  const location = parseS3Url(url);
  const admin = new S3Client({
    endpoint: location.endpoint,
    region: location.region,
    forcePathStyle: true,
    credentials: { accessKeyId: location.accessKeyId, secretAccessKey: location.secretAccessKey },
  });
  await admin.send(new CreateBucketCommand({ Bucket: bucket }));
  admin.destroy();
  return { open: async () => openS3Images(location), destroy: async () => {} };
});

describe('S3_URL', () => {
  it('reads the endpoint, bucket, keys and region, and refuses what is not one', () => {
    expect(parseS3Url('https://AK:s%2Fecret@s3.example.org/parcours-images?region=eu-west-3')).toEqual({
      endpoint: 'https://s3.example.org',
      bucket: 'parcours-images',
      accessKeyId: 'AK',
      secretAccessKey: 's/ecret',
      region: 'eu-west-3',
    });
    expect(() => parseS3Url('https://s3.example.org/bucket')).toThrow(/S3_URL/);
    expect(() => parseS3Url('ftp://a:b@host/bucket')).toThrow(/S3_URL/);
  });
});
