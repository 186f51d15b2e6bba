// The corpus's front matter as an Astro content collection reads it (the glob loader; bodies rendered on use).
import { defineCollection, z } from 'astro:content';
import { glob } from 'astro/loaders';

const articles = defineCollection({
  loader: glob({ pattern: '*.md', base: './src/content/articles' }),
  schema: z.object({
    title: z.string(),
    id: z.string().optional(),
    source: z.string().optional(),
    published: z.coerce.date().optional(),
    url: z.string().optional(),
    authors: z.array(z.string()).optional(),
    tags: z.array(z.string()).optional(),
    entities: z.record(z.string(), z.any()).optional(),
    quotes: z.array(z.object({ text: z.string(), speaker: z.string().optional() })).optional(),
  }),
});

export const collections = { articles };
