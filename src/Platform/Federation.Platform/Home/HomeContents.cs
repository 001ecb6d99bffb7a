using Federation.Kernel.Workspace;

namespace Federation.Platform.Home;

/// <summary>What one user's home page shows on one day; each item links to its record.</summary>
/// <param name="Today">The China date it was made for.</param>
/// <param name="Mine">Items that name the user (their follow-ups, the enterprises assigned to them), overdue and soonest first.</param>
/// <param name="Department">Items the user's department acts on because nobody is named (concerns for the enterprise staff).</param>
/// <param name="Overdue">For leaders: overdue items of their organisations that escalate to them.</param>
/// <param name="Imports">The user's dry runs that finished and still wait for confirmation.</param>
/// <param name="Notices">The user's unread notices (reminders, mentions), newest first.</param>
/// <param name="UnreadNotices">How many notices are unread in all.</param>
/// <param name="Figures">This year's headline figures for the user's scope; null for a role that is not shown them.</param>
internal sealed record HomeContents(
    DateOnly Today,
    IReadOnlyList<HomeItem> Mine,
    IReadOnlyList<HomeItem> Department,
    IReadOnlyList<HomeItem> Overdue,
    IReadOnlyList<WaitingImport> Imports,
    IReadOnlyList<HomeNotice> Notices,
    int UnreadNotices,
    IReadOnlyList<HeadlineFigure>? Figures);

/// <summary>One thing to do, in the reader's language.</summary>
/// <param name="Module">The work line it comes from, as users read it.</param>
/// <param name="Overdue">Whether its due date has passed.</param>
internal sealed record HomeItem(string Key, string Module, string Title, string Link, DateOnly? DueOn, bool Overdue, Guid OrganisationId);

/// <summary>A dry run of a ledger import that found its rows and waits for the user to import them.</summary>
internal sealed record WaitingImport(Guid Id, string Ledger, string FileName, int Rows, int RefusedRows, DateTime CreatedAtUtc, string Link);

/// <summary>An unread notice.</summary>
internal sealed record HomeNotice(long Id, string Kind, string Title, string Link, DateTime CreatedAtUtc);

/// <summary>One list of the home page, as its partial shows it.</summary>
internal sealed record HomeItemList(string Name, string Title, string Empty, IReadOnlyList<HomeItem> Items, DateOnly Today);
