using System.Text.Json.Nodes;

namespace DualCreationBot.Dialogs.Application.Cards;

/// <summary>
/// One valid answer from a card: for a plain field <paramref name="Index"/> and <paramref name="ItemFieldId"/>
/// are null; for a group they name the item (an index equal to the current item count appends one).
/// </summary>
public sealed record CardAnswer(string FieldId, int? Index, string? ItemFieldId, JsonNode Value);

/// <summary>What a card submission gave: the answers to store and, user-facing, what was wrong with the rest.</summary>
public sealed record CardReading(IReadOnlyList<CardAnswer> Answers, IReadOnlyList<string> Problems)
{
    public bool HasProblems => Problems.Count > 0;
}
