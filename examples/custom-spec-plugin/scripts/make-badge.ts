/**
 * Makes an ACME badge photo from an ordinary photo and prints the report — the quickest way to see
 * what a spec's numbers do to real photos. From the repository root:
 *
 *   npx tsx --conditions=@idphoto/source examples/custom-spec-plugin/scripts/make-badge.ts <photo> [out.jpg] [background]
 *
 * Exit code 0 when the photo passes, 3 when a rule fails, 2 on bad usage (as the `idphoto` command).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { defaultPlugins } from '@idphoto/preset';
import { createIdPhoto } from '@idphoto/sdk';
import { acmeBadgeSpec } from '../src/index.js';

const [input, output = 'acme-badge.jpg', background] = process.argv.slice(2);
if (!input) {
  console.error('usage: make-badge.ts <photo> [out.jpg] [background: acme-blue | white]');
  process.exit(2);
}

const idphoto = createIdPhoto({ plugins: defaultPlugins({ extra: [acmeBadgeSpec()] }) });
const image = new Uint8Array(await readFile(input));
const { photo, report } = await idphoto.make({
  image,
  spec: 'acme-badge',
  ...(background ? { background } : {}),
});

for (const item of report.items) {
  const measured =
    item.measured === null ? '—' : `${String(item.measured)}${item.unit ? ` ${item.unit}` : ''}`;
  console.log(
    `${item.status.padEnd(4)}  ${item.rule.padEnd(24)} ${measured.padEnd(12)} expected ${item.expected.text}`,
  );
}
if (photo) {
  await writeFile(output, photo.bytes);
  console.log(
    `\n${report.pass ? 'PASS' : 'FAIL'}: wrote ${output} (${photo.width}×${photo.height}, ${photo.bytes.length} bytes, q${photo.quality ?? '?'})`,
  );
} else {
  console.log('\nFAIL: no photo could be made (see face.count)');
}
process.exit(report.pass ? 0 : 3);
