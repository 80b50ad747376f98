/**
 * Images in S3-compatible object storage (S3_URL), for installations whose images outgrow the
 * database. One object per variant: `boards/<boardId>/<hash>` (the image; its size and type in
 * the object's metadata) and `boards/<boardId>/<hash>.thumb`. The thumbnail is written first, so
 * an image whose main object exists is whole.
 */
import {
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  type ListObjectsV2CommandOutput,
  NoSuchKey,
  NotFound,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import type { ImageBytes, ImageInfo, ImageMime, ImageStore, NewImage } from './imageStore';

export interface S3Location {
  readonly endpoint: string;
  readonly bucket: string;
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly region: string;
}

/**
 * `http(s)://ACCESS_KEY:SECRET_KEY@host[:port]/bucket[?region=eu-west-3]`: the endpoint, path-style
 * (what MinIO, Garage, Ceph and S3 itself accept).
 */
export function parseS3Url(value: string): S3Location {
  const url = new URL(value);
  const bucket = decodeURIComponent(url.pathname.replace(/^\/+|\/+$/g, ''));
  if (!/^https?:$/.test(url.protocol) || !bucket || bucket.includes('/') || !url.username || !url.password) {
    throw new Error('S3_URL: expected http(s)://ACCESS_KEY:SECRET_KEY@host[:port]/bucket[?region=...]');
  }
  return {
    endpoint: `${url.protocol}//${url.host}`,
    bucket,
    accessKeyId: decodeURIComponent(url.username),
    secretAccessKey: decodeURIComponent(url.password),
    region: url.searchParams.get('region') ?? 'us-east-1',
  };
}

export function openS3Images(location: S3Location): ImageStore {
  const client = new S3Client({
    endpoint: location.endpoint,
    region: location.region,
    forcePathStyle: true,
    credentials: { accessKeyId: location.accessKeyId, secretAccessKey: location.secretAccessKey },
  });
  const Bucket = location.bucket;
  const key = (boardId: string, hash: string, thumb = false) =>
    `boards/${encodeURIComponent(boardId)}/${hash}${thumb ? '.thumb' : ''}`;

  /** Every object under the board's prefix, page after page. */
  async function objects(boardId: string) {
    const found: { key: string; size: number }[] = [];
    let token: string | undefined;
    do {
      const page: ListObjectsV2CommandOutput = await client.send(
        new ListObjectsV2Command({
          Bucket,
          Prefix: `boards/${encodeURIComponent(boardId)}/`,
          ContinuationToken: token,
        }),
      );
      for (const object of page.Contents ?? []) {
        if (object.Key) found.push({ key: object.Key, size: object.Size ?? 0 });
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return found;
  }

  async function exists(boardId: string, hash: string): Promise<boolean> {
    try {
      await client.send(new HeadObjectCommand({ Bucket, Key: key(boardId, hash) }));
      return true;
    } catch (err) {
      if (isMissing(err)) return false;
      throw err;
    }
  }

  return {
    async put(boardId, image: NewImage) {
      if (await exists(boardId, image.hash)) return;
      await client.send(
        new PutObjectCommand({
          Bucket,
          Key: key(boardId, image.hash, true),
          Body: image.thumb,
          ContentType: image.mime,
        }),
      );
      await client.send(
        new PutObjectCommand({
          Bucket,
          Key: key(boardId, image.hash),
          Body: image.data,
          ContentType: image.mime,
          Metadata: { width: String(image.width), height: String(image.height), created: String(Date.now()) },
        }),
      );
    },
    async get(boardId, hash, variant): Promise<ImageBytes | null> {
      try {
        const object = await client.send(
          new GetObjectCommand({ Bucket, Key: key(boardId, hash, variant === 'thumb') }),
        );
        if (!object.Body) return null;
        return { mime: object.ContentType as ImageMime, data: await object.Body.transformToByteArray() };
      } catch (err) {
        if (isMissing(err)) return null;
        throw err;
      }
    },
    async list(boardId): Promise<ImageInfo[]> {
      const all = await objects(boardId);
      const sizes = new Map(all.map((o) => [o.key, o.size]));
      const infos: ImageInfo[] = [];
      for (const object of all) {
        if (object.key.endsWith('.thumb')) continue;
        const head = await client.send(new HeadObjectCommand({ Bucket, Key: object.key }));
        const hash = object.key.slice(object.key.lastIndexOf('/') + 1);
        infos.push({
          hash,
          mime: head.ContentType as ImageMime,
          width: Number(head.Metadata?.width ?? 0),
          height: Number(head.Metadata?.height ?? 0),
          bytes: object.size + (sizes.get(`${object.key}.thumb`) ?? 0),
          createdAt: new Date(Number(head.Metadata?.created ?? 0)),
        });
      }
      return infos.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.hash < b.hash ? -1 : 1));
    },
    async usage(boardId) {
      return (await objects(boardId)).reduce((n, o) => n + o.size, 0);
    },
    async remove(boardId, hashes) {
      const all = new Set((await objects(boardId)).map((o) => o.key));
      const present = hashes.filter((hash) => all.has(key(boardId, hash)));
      // The main object first: an image without it reads as absent, whatever happens to its thumbnail.
      for (let i = 0; i < present.length; i += 500) {
        const batch = present.slice(i, i + 500);
        await client.send(
          new DeleteObjectsCommand({ Bucket, Delete: { Objects: batch.map((hash) => ({ Key: key(boardId, hash) })) } }),
        );
        await client.send(
          new DeleteObjectsCommand({
            Bucket,
            Delete: { Objects: batch.map((hash) => ({ Key: key(boardId, hash, true) })) },
          }),
        );
      }
      return present.length;
    },
    async boards() {
      const ids: string[] = [];
      let token: string | undefined;
      do {
        const page: ListObjectsV2CommandOutput = await client.send(
          new ListObjectsV2Command({ Bucket, Prefix: 'boards/', Delimiter: '/', ContinuationToken: token }),
        );
        for (const prefix of page.CommonPrefixes ?? []) {
          if (prefix.Prefix) ids.push(decodeURIComponent(prefix.Prefix.slice('boards/'.length, -1)));
        }
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (token);
      return ids.sort();
    },
    async close() {
      client.destroy();
    },
  };
}

function isMissing(err: unknown): boolean {
  return (
    err instanceof NoSuchKey ||
    err instanceof NotFound ||
    (err as { $metadata?: { httpStatusCode?: number } })?.$metadata?.httpStatusCode === 404
  );
}
