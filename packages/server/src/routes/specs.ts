import type { IdPhoto } from '@idphoto/sdk';
import { Hono } from 'hono';
import { describeRoute, resolver } from 'hono-openapi';
import { SpecListSchema } from './schemas.js';

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
  app.get('/:id', describeRoute({ tags: ['specs'], summary: 'One spec' }), (c) =>
    c.json(idphoto.spec(c.req.param('id'))),
  );
  return app;
}
