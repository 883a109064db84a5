import { measureHeadTop, type Point, type RuleContext } from '@idphoto/sdk';
import { subjectFace } from './subject.js';

/**
 * The head top the rules measure, memoised: {@link measureHeadTop} on the photo's matte for its
 * subject face, else the matting stage's own `headTop`; `undefined` without a matte or a head top.
 */
export function subjectHeadTop(ctx: RuleContext): Point | undefined {
  return ctx.memo('matte.head-top', () => {
    const matte = ctx.subject.matte;
    if (!matte) return undefined;
    const face = subjectFace(ctx);
    return (face && measureHeadTop(matte, face)) ?? matte.headTop;
  });
}
