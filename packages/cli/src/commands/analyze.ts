import type { CommandContext } from '../context.js';
import { cliErrors } from '../errors.js';
import { EXIT } from '../exit-codes.js';
import { readInput } from '../io.js';

/** `idphoto analyze <image> [--json]` — faces with box, score, eyes, angles, face width and head top. */
export async function analyzeCommand(ctx: CommandContext): Promise<number> {
  const [input] = ctx.args;
  if (!input) throw cliErrors.create('CLI_USAGE', { message: 'usage: idphoto analyze <image>' });
  const result = await ctx.app().analyze({ image: await readInput(input, 'image'), headTop: true });
  const r1 = (n: number): number => Math.round(n * 10) / 10;
  const faces = result.faces.map((f) => ({
    box: { x: r1(f.box.x), y: r1(f.box.y), width: r1(f.box.width), height: r1(f.box.height) },
    score: Math.round(f.score * 1000) / 1000,
    eyes: {
      left: { x: r1(f.eyes.left.x), y: r1(f.eyes.left.y) },
      right: { x: r1(f.eyes.right.x), y: r1(f.eyes.right.y) },
    },
    roll: r1(f.roll),
    yaw: r1(f.yaw),
    pitch: r1(f.pitch),
    faceWidth: r1(f.faceWidth),
    headTop: f.headTop ? { x: r1(f.headTop.x), y: r1(f.headTop.y) } : null,
    eyesOpen: f.eyesOpen,
    mouthClosed: f.mouthClosed,
  }));
  if (ctx.flags['json'] === true) {
    ctx.out(
      JSON.stringify(
        {
          width: result.width,
          height: result.height,
          faces,
          rejected: result.rejected,
          timings: result.timings,
        },
        null,
        2,
      ),
    );
    return EXIT.ok;
  }
  ctx.out(`${result.width}×${result.height}: ${faces.length} face(s)`);
  for (const [i, f] of faces.entries()) {
    ctx.out(
      `  #${i + 1} box ${f.box.x},${f.box.y} ${f.box.width}×${f.box.height} score ${f.score}  eyes (${f.eyes.left.x},${f.eyes.left.y}) (${f.eyes.right.x},${f.eyes.right.y})`,
    );
    ctx.out(
      `     roll ${f.roll}° yaw ${f.yaw}° pitch ${f.pitch}°  face width ${f.faceWidth}px  head top ${f.headTop ? `y=${f.headTop.y}` : '—'}`,
    );
  }
  return EXIT.ok;
}
