using Federation.Kernel.Persistence;
using Federation.Scorecard.Facts;
using Federation.Scorecard.Funnel;
using Microsoft.EntityFrameworkCore;

namespace Federation.Scorecard.Data;

internal sealed class ScorecardDbContext(DbContextOptions<ScorecardDbContext> options, ModuleContextServices services)
    : ModuleDbContext(options, services)
{
    public override string ModuleName => ScorecardModule.ModuleName;
    public override string TablePrefix => "sc";

    public DbSet<KpiRecord> KpiRecords => Set<KpiRecord>();
    public DbSet<StoredKpiFact> KpiFacts => Set<StoredKpiFact>();
    public DbSet<KpiCell> KpiCells => Set<KpiCell>();
    public DbSet<Programmes.Programme> Programmes => Set<Programmes.Programme>();
    public DbSet<PipelineRecord> PipelineRecords => Set<PipelineRecord>();
    public DbSet<PipelineStay> PipelineStays => Set<PipelineStay>();
    public DbSet<PipelineStageTitle> PipelineStages => Set<PipelineStageTitle>();

    /// <summary>The table of <typeparamref name="T"/> as raw SQL names it, quoted, with its schema where the engine has one (PostgreSQL).</summary>
    internal string TableOf<T>()
    {
        var entity = Model.FindEntityType(typeof(T))!;
        return entity.GetSchema() is { } schema ? $"\"{schema}\".\"{entity.GetTableName()}\"" : $"\"{entity.GetTableName()}\"";
    }

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<KpiRecord>(r =>
        {
            r.ToTable("kpi_records");
            r.Property(x => x.Id).ValueGeneratedNever();
            // Two snapshots of one record taken at once (consumers competing on the broker) both read
            // the same version; checking it in the UPDATE keeps the older from overwriting the newer.
            r.Property(x => x.Version).IsConcurrencyToken();
            r.Property(x => x.WorkLine).HasMaxLength(50);
            r.Property(x => x.RecordType).HasMaxLength(100);
            r.HasMany(x => x.Facts).WithOne().HasForeignKey(f => f.RecordId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<StoredKpiFact>(f =>
        {
            f.ToTable("kpi_facts");
            f.Property(x => x.KpiKey).HasMaxLength(100);
            f.Property(x => x.WorkLine).HasMaxLength(50);
            f.Property(x => x.Town).HasMaxLength(50);
            f.Property(x => x.Area).HasMaxLength(50);
            f.Property(x => x.CountryOrRegion).HasMaxLength(10);
            f.Property(x => x.DistinctKey).HasMaxLength(100);
            f.Property(x => x.Label).HasMaxLength(200);
            // A period is read by date, then grouped: the date leads, the KPI follows. Every column a
            // period's grouped queries read is in the index, so they scan it alone: with the date and
            // KPI only, each of the seven breakdowns looked up every fact of the period in the table.
            f.HasIndex(x => new
            {
                x.On, x.KpiKey, x.Month, x.Town, x.Area, x.CountryOrRegion, x.WorkLine, x.OrganisationId, x.ProgrammeId, x.DistinctKey,
                x.ValueHundredths, x.OutOfHundredths, x.Qualifier, x.UpToHundredths,
            }).HasDatabaseName("IX_sc_kpi_facts_Period"); // short enough for PostgreSQL's 63-character names
            f.HasIndex(x => x.RecordId);
            // What a period still reads from the facts, beside the cells: the few of the median KPIs and of
            // the KPIs that list names. By KPI first, they are found without scanning the period's facts.
            f.HasIndex(x => new { x.KpiKey, x.On });
        });
        modelBuilder.Entity<KpiCell>(c =>
        {
            c.ToTable("kpi_cells");
            // The month leads: a period's cells are one range of the key. The consumer's upsert finds its row by the whole key.
            c.HasKey(x => new { x.Month, x.KpiKey, x.Dimension, x.OrganisationId, x.Value, x.ProgrammeId, x.DistinctKey });
            c.Property(x => x.KpiKey).HasMaxLength(100);
            c.Property(x => x.Value).HasMaxLength(50);
            c.Property(x => x.DistinctKey).HasMaxLength(100);
        });
        modelBuilder.Entity<Programmes.Programme>(p =>
        {
            p.ToTable("programmes");
            p.Property(x => x.NameZh).HasMaxLength(200);
            p.Property(x => x.NameEn).HasMaxLength(200);
            p.Property(x => x.WorkLine).HasMaxLength(50);
            p.Property(x => x.OwningDepartment).HasMaxLength(100);
            p.Property(x => x.LaunchedAt).HasMaxLength(200);
            p.Property(x => x.Actions).HasJsonConversion();
            p.Property(x => x.Targets).HasJsonConversion();
        });
        modelBuilder.Entity<PipelineRecord>(r =>
        {
            r.ToTable("pipeline_records");
            r.Property(x => x.Id).ValueGeneratedNever();
            r.Property(x => x.Version).IsConcurrencyToken();
            r.Property(x => x.WorkLine).HasMaxLength(50);
            r.Property(x => x.Pipeline).HasMaxLength(50);
            r.HasMany(x => x.Stays).WithOne().HasForeignKey(s => s.RecordId).OnDelete(DeleteBehavior.Cascade);
            // The funnel reads one pipeline's records entered in a period.
            r.HasIndex(x => new { x.WorkLine, x.Pipeline, x.EnteredOn, x.OrganisationId });
        });
        modelBuilder.Entity<PipelineStay>(s =>
        {
            s.ToTable("pipeline_stays");
            s.Property(x => x.Stage).HasMaxLength(50);
            s.HasIndex(x => x.RecordId);
        });
        modelBuilder.Entity<PipelineStageTitle>(s =>
        {
            s.ToTable("pipeline_stages");
            s.HasKey(x => new { x.WorkLine, x.Pipeline, x.Key });
            s.Property(x => x.WorkLine).HasMaxLength(50);
            s.Property(x => x.Pipeline).HasMaxLength(50);
            s.Property(x => x.Key).HasMaxLength(50);
            s.Property(x => x.TitleZh).HasMaxLength(100);
            s.Property(x => x.TitleEn).HasMaxLength(100);
        });
    }
}
