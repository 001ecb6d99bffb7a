namespace Federation.Kernel.Web;

/// <summary>
/// What the shell's shared _Board partial draws: a work line's records as columns of cards, one
/// column per stage in the order the module declares. A card moves by drag and drop or by its
/// "move to" list, both posting <c>{ stage, date, version }</c> to the module's own move endpoint,
/// the one its form uses, so a move is validated, recorded and audited the same way; a refusal
/// shows the problem details' reason and the card goes back.
/// </summary>
/// <param name="Label">What the board shows, for screen readers ("项目台账").</param>
/// <param name="Columns">The stages, in the module's order.</param>
/// <param name="MoveUrl">The move endpoint with <c>{id}</c> for the card's id; null when the reader may not move cards.</param>
/// <param name="Today">The date a move records (China calendar date).</param>
public sealed record Board(string Label, IReadOnlyList<BoardColumn> Columns, string? MoveUrl, DateOnly Today);

/// <summary>One stage of a board.</summary>
/// <param name="Stage">The stage's key as the move endpoint takes it ("signed").</param>
/// <param name="Title">The stage's name in the reader's language.</param>
/// <param name="Count">How many records match the filters in this stage, shown or not.</param>
/// <param name="Total">Their amount, already written for the reader (万元/亿元); null when the records have none.</param>
/// <param name="Cards">The records shown, at most a page of them.</param>
public sealed record BoardColumn(string Stage, string Title, int Count, string? Total, IReadOnlyList<BoardCard> Cards);

/// <summary>One record on a board.</summary>
/// <param name="Id">The record's id, put in the move endpoint's <c>{id}</c>.</param>
/// <param name="Title">Its name, linking to <paramref name="Link"/>.</param>
/// <param name="Link">Its own page.</param>
/// <param name="Version">The version a move must name, so a stale card is refused rather than overwriting.</param>
/// <param name="DaysInStage">Days since it reached its stage.</param>
/// <param name="Lines">The facts the card shows under its name, already written for the reader.</param>
public sealed record BoardCard(Guid Id, string Title, string Link, int Version, int DaysInStage, IReadOnlyList<BoardCardLine> Lines);

/// <summary>A labelled fact on a card ("金额 8亿元").</summary>
/// <param name="Label">The label in the reader's language.</param>
/// <param name="Value">The value as the reader should read it.</param>
/// <param name="Name">A stable name for tests and styles ("amount").</param>
public sealed record BoardCardLine(string Label, string Value, string Name)
{
    /// <summary>The value is what users entered (an investor's name, a town): marked so, not translated.</summary>
    public bool IsUserText { get; init; }
}
