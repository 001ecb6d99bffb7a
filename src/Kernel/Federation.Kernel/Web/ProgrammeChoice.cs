using Federation.Kernel.Kpis;

namespace Federation.Kernel.Web;

/// <summary>
/// What the shell's shared _ProgrammeSelect partial needs: the programmes a record may be tagged
/// with, the form field that carries the tag, and the one chosen.
/// </summary>
/// <param name="Programmes">The programmes to offer.</param>
/// <param name="FieldName">The form field that carries the tag.</param>
/// <param name="Selected">The programme chosen, or null for none.</param>
public sealed record ProgrammeChoice(IReadOnlyList<ProgrammeReference> Programmes, string FieldName, Guid? Selected);
