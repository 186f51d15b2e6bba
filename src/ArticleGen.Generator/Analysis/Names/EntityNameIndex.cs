using System;
using System.Collections.Generic;
using ArticleGen.Generator.Model;

namespace ArticleGen.Generator.Analysis;

/// <summary>
/// Resolves a name taken from the text to a declared entity: by name or alias (ordinal), else by a person's
/// first or last word when exactly one person entity has it ("Yellen" → Janet Yellen).
/// </summary>
internal sealed class EntityNameIndex
{
    private const int Ambiguous = -2;
    private readonly Dictionary<string, int> _forms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _personWords = new(StringComparer.Ordinal);

    public EntityNameIndex(IReadOnlyList<EntitySurface> entities)
    {
        for (int e = 0; e < entities.Count; e++)
        {
            var entity = entities[e];
            AddForm(entity.Name, e);
            if (!entity.Aliases.IsDefault)
            {
                foreach (var alias in entity.Aliases)
                {
                    AddForm(alias, e);
                }
            }

            if (entity.Kind == EntityKind.Person && !string.IsNullOrEmpty(entity.Name))
            {
                string name = entity.Name.Trim();
                int firstSpace = name.IndexOf(' ');
                if (firstSpace > 0)
                {
                    AddWord(name.Substring(0, firstSpace), e);
                    AddWord(name.Substring(name.LastIndexOf(' ') + 1), e);
                }
            }
        }
    }

    /// <summary>The entity index for the name, or -1.</summary>
    public int Resolve(string name)
    {
        if (_forms.TryGetValue(name, out int entity))
        {
            return entity;
        }

        return _personWords.TryGetValue(name, out entity) && entity >= 0 ? entity : -1;
    }

    private void AddForm(string? form, int entity)
    {
        if (!string.IsNullOrEmpty(form) && !_forms.ContainsKey(form!))
        {
            _forms.Add(form!, entity);
        }
    }

    private void AddWord(string word, int entity)
    {
        if (_personWords.TryGetValue(word, out int existing))
        {
            if (existing != entity)
            {
                _personWords[word] = Ambiguous;
            }
        }
        else
        {
            _personWords.Add(word, entity);
        }
    }
}
