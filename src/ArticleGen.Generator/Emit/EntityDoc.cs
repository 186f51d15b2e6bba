using ArticleGen.Generator.Model;

namespace ArticleGen.Generator.Emit;

/// <summary>The one-line description of an entity shown in IntelliSense.</summary>
internal static class EntityDoc
{
    public static string Describe(EntityModel entity)
    {
        string kind = entity.Kind.ToString().ToLowerInvariant();
        string text = CommentText.Xml(entity.Name, 120) + " (" + kind + ")";
        if (entity.Role is not null)
        {
            text += ": " + CommentText.Xml(entity.Role, 120);
        }

        return text + ". Id <c>" + CommentText.Xml(entity.Id, 120) + "</c>.";
    }
}
