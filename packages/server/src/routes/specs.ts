import type { IdPhoto } from '@idphoto/sdk';
import { Hono } from 'hono';
import { describeRoute, resolver } from 'hono-openapi';
import { errorResponses, READ_SPEC_ERRORS } from './error-catalogue.js';
import { SpecListSchema, SpecResponseSchema } from './schemas.js';

/** `GET /v1/specs`, `GET /v1/specs/:id`. */
export function specRoutes(idphoto: IdPhoto): Hono {
  const app = new Hono();
  app.get(
    '/',
    describeRoute({
      tags: ['specs'],
      summary: 'Every spec the server can make, with its numbers',
      responses: {
        200: { description: 'Specs', content: { 'application/json': { schema: resolver(SpecListSchema) } } },
      },
    }),
    (c) => c.json({ specs: idphoto.specs() }),
  );
  app.get(
    '/:id',
    describeRoute({
      tags: ['specs'],
      summary: 'One spec, with its numbers',
      description:
        'An unknown id is `404 SDK_NOT_FOUND`; `details.known` lists the ids (the requested id is never repeated).',
      responses: {
        200: {
          description: 'The spec',
          content: { 'application/json': { schema: resolver(SpecResponseSchema) } },
        },
        ...errorResponses(READ_SPEC_ERRORS),
      },
    }),
    // `idphoto.spec` throws SDK_NOT_FOUND for an unknown id; onError turns it into the 404.
    (c) => c.json(idphoto.spec(c.req.param('id'))),
  );
  return app;
}
