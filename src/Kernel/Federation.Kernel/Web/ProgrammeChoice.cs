using Federation.Kernel.Modules;

namespace Federation.Kernel.Web;

/// <summary>
/// What the shell's shared _ProgrammeSelect partial needs: the programmes a record may be tagged
/// with, the form field that carries the tag, and the one chosen. Made from the scorecard's
/// programme catalogue (Federation.Scorecard.Contracts: <c>programmes.Choice(field, selected)</c>).
/// </summary>
/// <param name="Programmes">The programmes to offer.</param>
/// <param name="FieldName">The form field that carries the tag.</param>
/// <param name="Selected">The programme chosen, or null for none.</param>
public sealed record ProgrammeChoice(IReadOnlyList<ProgrammeOption> Programmes, string FieldName, Guid? Selected);

/// <summary>One programme in the picker.</summary>
/// <param name="Id">The programme's id, which the record carries as its tag.</param>
/// <param name="Name">Its name in Chinese and English.</param>
public sealed record ProgrammeOption(Guid Id, LocalizedText Name);
