using System.Text.Json;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml;
using DualCreationBot.Services.Applications.Forms;
using static DualCreationBot.Services.Applications.Documents.WordBlocks;

namespace DualCreationBot.Services.Applications.Documents;

/// <summary>
/// The body of the 申报书, top to bottom: title, facts, every section of the form in order, signatures.
/// Only the form definition decides what is printed; reads <see cref="FormTexts"/>, so the zh-CN UI culture must be set.
/// </summary>
internal static class ApplicationContent
{
    public static IEnumerable<OpenXmlElement> Body(Project project, ApplicationForm form)
    {
        yield return Paragraph(DocumentStyles.Title, DocumentTexts.Title);
        yield return Paragraph(DocumentStyles.Subtitle, FormTexts.ProjectType(project.Type));
        yield return Facts(project);

        for (var i = 0; i < form.Sections.Count; i++)
        {
            var section = form.Sections[i];
            yield return Paragraph(DocumentStyles.Heading1, DocumentTexts.SectionNumber(i) + FormTexts.Section(section));
            foreach (var field in section.Fields)
            {
                // A section of one field (results, budget, materials) is titled by its heading already;
                // the field's own label would repeat it or carry chat instructions.
                if (section.Fields.Count > 1)
                {
                    yield return Paragraph(DocumentStyles.Heading2, FormTexts.Label(field), bold: true);
                }

                foreach (var element in Answer(field, project.Answers.GetValueOrDefault(field.Id)))
                {
                    yield return element;
                }
            }
        }

        foreach (var line in Signatures())
        {
            yield return line;
        }
    }

    private static OpenXmlElement Facts(Project project)
    {
        var facts = new List<(string Label, string Value)> { (DocumentTexts.Unit, Or(project.UnitName)) };
        if (project.Type == ProjectType.ModelBranch)
        {
            facts.Add((DocumentTexts.ParentUnit, Or(project.ParentUnitName)));
        }

        facts.Add((DocumentTexts.Type, FormTexts.ProjectType(project.Type)));
        facts.Add((DocumentTexts.SubmittedAt, project.SubmittedAt is { } at ? AnswerFormat.Date(at) : DocumentTexts.NotSubmitted));
        return Table([1, 3], facts.Select(f => Row([Cell(f.Label, bold: true, shaded: true, centered: true), Cell(f.Value)])));
    }

    private static IEnumerable<OpenXmlElement> Answer(FormField field, JsonNode? value) => field.Kind switch
    {
        FieldKind.Group => GroupTables.For(field, value as JsonArray),
        FieldKind.Attachments => Attachments(value as JsonArray),
        _ => Lines(AnswerFormat.Text(field, value)),
    };

    private static IEnumerable<OpenXmlElement> Lines(string? text) =>
        text is null
            ? [Paragraph(DocumentStyles.Answer, DocumentTexts.Unanswered)]
            : AnswerFormat.Lines(text).Select(line => Paragraph(DocumentStyles.Answer, line)).DefaultIfEmpty(Paragraph(DocumentStyles.Answer, DocumentTexts.Unanswered));

    /// <summary>"1. 总结.pdf（120 KB）": the files themselves travel with the application, not inside the document.</summary>
    private static IEnumerable<OpenXmlElement> Attachments(JsonArray? files)
    {
        var items = files?.OfType<JsonObject>().ToList() ?? [];
        if (items.Count == 0)
        {
            return Lines(null);
        }

        return items.Select((file, i) =>
        {
            var name = file["name"] is JsonValue n && n.GetValueKind() == JsonValueKind.String ? n.GetValue<string>() : DocumentTexts.Unanswered;
            var size = AnswerFormat.TryNumber(file["size"], out var bytes) ? "（" + AnswerFormat.Size((long)bytes) + "）" : string.Empty;
            return (OpenXmlElement)Paragraph(DocumentStyles.Answer, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{i + 1}. {name}{size}"));
        });
    }

    private static IEnumerable<OpenXmlElement> Signatures() =>
    [
        Paragraph(DocumentStyles.Signature, DocumentTexts.SecretarySignature),
        Paragraph(DocumentStyles.Signature, DocumentTexts.Seal),
        Paragraph(DocumentStyles.Signature, DocumentTexts.HigherOpinion, bold: true),

        // Room for the higher organisation to write its opinion by hand.
        Paragraph(DocumentStyles.Signature, string.Empty),
        Paragraph(DocumentStyles.Signature, string.Empty),
        Paragraph(DocumentStyles.Signature, string.Empty),
        Paragraph(DocumentStyles.Signature, DocumentTexts.HigherSeal),
        Paragraph(DocumentStyles.Signature, DocumentTexts.Copies),
    ];

    private static string Or(string? text) => string.IsNullOrWhiteSpace(text) ? DocumentTexts.Unanswered : text;
}
