namespace DualCreationBot.Services.Applications.Forms;

/// <summary>标杆学院 (applied for by a 党总支) or 样板支部 (applied for by a 党支部).</summary>
public enum ProjectType
{
    BenchmarkCollege,
    ModelBranch,
}

public enum FieldKind
{
    /// <summary>One line of text.</summary>
    Text,

    /// <summary>A paragraph or more.</summary>
    LongText,

    /// <summary>A number within Min..Max.</summary>
    Number,

    /// <summary>是 / 否.</summary>
    YesNo,

    /// <summary>One of <see cref="FormField.Options"/>.</summary>
    Choice,

    /// <summary>A list of records, each with <see cref="FormField.ItemFields"/> (tasks, results, budget lines).</summary>
    Group,

    /// <summary>Files sent as attachments, kept in the file store.</summary>
    Attachments,
}

/// <summary>
/// One question of the application form. Its label, help and stop explanation are texts named
/// after its id in <see cref="FormTexts"/> ("{Id}.Label", "{Id}.Help", "{Id}.Stop").
/// </summary>
public sealed record FormField(string Id, FieldKind Kind)
{
    public bool Required { get; init; } = true;

    /// <summary>Text kinds: the longest answer accepted, in characters as a person counts them.</summary>
    public int MaxLength { get; init; } = 200;

    public decimal? Min { get; init; }

    public decimal? Max { get; init; }

    /// <summary>Number: only whole numbers.</summary>
    public bool WholeNumber { get; init; }

    /// <summary>Text: a regular expression the answer must match (its failure text is "{Id}.Invalid").</summary>
    public string? Pattern { get; init; }

    public IReadOnlyList<FieldOption> Options { get; init; } = [];

    /// <summary>Group: the fields of each record.</summary>
    public IReadOnlyList<FormField> ItemFields { get; init; } = [];

    public int MinItems { get; init; }

    public int MaxItems { get; init; } = 1;

    /// <summary>Group: one item field whose values must differ between items (e.g. the result form).</summary>
    public string? UniqueItemField { get; init; }

    /// <summary>YesNo: answering 否 ends the application with the "{Id}.Stop" explanation (notice §二 conditions).</summary>
    public bool HardCondition { get; init; }

    /// <summary>Text: "无" is accepted here only if the field named here is not also "无" (award or ratings, at least one).</summary>
    public string? AlternativeTo { get; init; }

    public bool IsText => Kind is FieldKind.Text or FieldKind.LongText;
}

/// <summary>An option of a choice field; its label is the text "{FieldId}.{Value}".</summary>
public sealed record FieldOption(string Value, IReadOnlyList<string> Synonyms);

public sealed record FormSection(string Id, IReadOnlyList<FormField> Fields);

/// <summary>The whole application form of one project type: the one definition behind prompts, cards, checks and the Word document.</summary>
public sealed record ApplicationForm(ProjectType Type, IReadOnlyList<FormSection> Sections)
{
    public IEnumerable<FormField> Fields => Sections.SelectMany(s => s.Fields);

    public FormField? Field(string id) => Fields.FirstOrDefault(f => f.Id == id);

    public FormSection SectionOf(string fieldId) => Sections.First(s => s.Fields.Any(f => f.Id == fieldId));
}
