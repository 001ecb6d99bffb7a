using Microsoft.Data.Sqlite;

namespace Federation.Benchmarks.Seeding;

/// <summary>
/// Writes projects straight into a migrated, stopped product database: the ledger rows, their stage
/// rows, and the scorecard's record and facts for each, and at the end the facts' cells, as the use
/// cases and the scorecard's consumer would have left them. Prepared statements, one transaction per call.
/// </summary>
internal sealed class ProjectRows : IDisposable
{
    private readonly SqliteCommand project;
    private readonly SqliteCommand stage;
    private readonly SqliteCommand record;
    private readonly SqliteCommand fact;
    private readonly CellRows cells = new();

    public ProjectRows(SqliteConnection connection, SqliteTransaction transaction)
    {
        project = Prepare(connection, transaction, """
            INSERT INTO inv_projects (Id, OrganisationId, Name, InvestorName, InvestorKind, InvestorCountryOrRegion, Industry, AmountFen,
                AmountQualifier, Town, EventId, ResponsibleStaff, Stage, StageDate, RecordedOn, NextFollowUpDue, Version, CreatedAtUtc, ProgrammeId)
            VALUES ($id, $org, $name, $investor, 'Organisation', $country, $industry, $fen, 'Exact', $town, NULL, NULL, $stage, $stageDate,
                $recordedOn, NULL, $version, $now, NULL)
            """, "$id", "$org", "$name", "$investor", "$country", "$industry", "$fen", "$town", "$stage", "$stageDate", "$recordedOn", "$version", "$now");
        stage = Prepare(connection, transaction, """
            INSERT INTO inv_project_stages (Id, ProjectId, Sequence, Stage, Date, RecordedBy, RecordedAtUtc)
            VALUES ($id, $project, $sequence, $stage, $date, 'admin', $now)
            """, "$id", "$project", "$sequence", "$stage", "$date", "$now");
        record = Prepare(connection, transaction, """
            INSERT INTO sc_kpi_records (Id, WorkLine, RecordType, OrganisationId, Version) VALUES ($id, 'Investment', 'Project', $org, $version)
            """, "$id", "$org", "$version");
        fact = Prepare(connection, transaction, """
            INSERT INTO sc_kpi_facts (RecordId, KpiKey, "On", Month, ValueHundredths, OutOfHundredths, OrganisationId, WorkLine, Town,
                CountryOrRegion, DistinctKey, ProgrammeId)
            VALUES ($record, $key, $on, $month, $value, $outOf, $org, 'Investment', $town, $country, NULL, NULL)
            """, "$record", "$key", "$on", "$month", "$value", "$outOf", "$org", "$town", "$country");
    }

    public void Add(SeedProject p, DateTime nowUtc)
    {
        var id = StoredValues.Id(p.Id);
        var org = StoredValues.Id(p.OrganisationId);
        var now = StoredValues.Time(nowUtc);
        Run(project, id, org, p.Name, p.InvestorName, (object?)p.CountryOrRegion ?? DBNull.Value, p.Industry, p.AmountFen, p.Town,
            p.Stage, StoredValues.Date(p.StageDate), StoredValues.Date(p.SignedOn), p.Version, now);
        Run(stage, StoredValues.Id(Guid.CreateVersion7()), id, 1, "Signed", StoredValues.Date(p.SignedOn), now);
        if (p.BrokeGround) Run(stage, StoredValues.Id(Guid.CreateVersion7()), id, 2, "Groundbreaking", StoredValues.Date(p.StageDate), now);
        Run(record, id, org, p.Version);
        var month = p.SignedOn.Year * 100 + p.SignedOn.Month;
        foreach (var (key, value, outOf) in p.Facts())
        {
            Run(fact, id, key, StoredValues.Date(p.SignedOn), month, value, outOf, org, p.Town, (object?)p.CountryOrRegion ?? DBNull.Value);
            cells.Add(key, month, value, outOf, p.Town, p.CountryOrRegion);
        }
    }

    /// <summary>Writes the cells of every fact added, once all are added: all the seeded projects have one owner.</summary>
    public void WriteCells(SqliteConnection connection, SqliteTransaction transaction, Guid organisation) =>
        cells.Write(connection, transaction, StoredValues.Id(organisation));

    public void Dispose()
    {
        project.Dispose();
        stage.Dispose();
        record.Dispose();
        fact.Dispose();
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in names) command.Parameters.Add(new SqliteParameter { ParameterName = name });
        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i];
        command.ExecuteNonQuery();
    }
}
