// The corpus's front matter as Velite reads it; the body rendered with s.markdown(), as a Velite site would.
import { defineConfig, s } from 'velite'

export default defineConfig({
  root: 'content',
  output: { data: '.velite', assets: 'public/static', base: '/static/', name: '[name]-[hash:6].[ext]', clean: true },
  collections: {
    articles: {
      name: 'Article',
      pattern: 'articles/*.md',
      schema: s.object({
        title: s.string(),
        id: s.string().optional(),
        source: s.string().optional(),
        published: s.any().optional(),
        url: s.string().optional(),
        authors: s.array(s.string()).optional(),
        tags: s.array(s.string()).optional(),
        entities: s.record(s.string(), s.any()).optional(),
        quotes: s.array(s.object({ text: s.string(), speaker: s.string().optional() })).optional(),
        content: s.markdown()
      })
    }
  }
})
