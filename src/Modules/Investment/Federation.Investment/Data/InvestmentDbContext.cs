using Federation.Investment.Contracts;
using Federation.Kernel.RecycleBin;
using Federation.Investment.CreditLines;
using Federation.Investment.Events;
using Federation.Investment.Kpis;
using Federation.Investment.Outcomes;
using Federation.Investment.Projects;
using Federation.Kernel.Messaging;
using Federation.Kernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Federation.Investment.Data;

internal sealed class InvestmentDbContext(DbContextOptions<InvestmentDbContext> options, ModuleContextServices services)
    : ModuleDbContext(options, services)
{
    public override string ModuleName => InvestmentModule.ModuleName;
    public override string TablePrefix => "inv";

    public DbSet<InvestmentEvent> Events => Set<InvestmentEvent>();
    public DbSet<Project> Projects => Set<Project>();
    public DbSet<CreditLine> CreditLines => Set<CreditLine>();
    public DbSet<Outcome> Outcomes => Set<Outcome>();

    // The scorecard's input from this module: KPI facts (Kpis/InvestmentKpiFacts.cs) and the ledger's funnel (Projects/ProjectPipeline.cs).
    protected override IEnumerable<IntegrationEvent> EventsDescribingChanges() =>
        InvestmentKpiFacts.Sources.Changed(this).Concat<IntegrationEvent>(ProjectPipeline.Sources.Changed(this));

    // Their removal told Enterprises' timeline and Talent's conference copies they were gone.
    protected override void PublishRestored(IRecyclable record)
    {
        switch (record)
        {
            case Project project: Publish(() => new ProjectCorrected(project.ToSnapshot())); break;
            case InvestmentEvent held: Publish(() => new InvestmentEventCorrected(held.ToSnapshot())); break;
            case CreditLine line: Publish(() => new CreditLineCorrected(line.ToSnapshot())); break;
        }
    }

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<InvestmentEvent>(e =>
        {
            e.ToTable("events");
            e.Property(x => x.Title).HasMaxLength(200);
            e.Property(x => x.Venue).HasMaxLength(200);
            e.Property(x => x.City).HasMaxLength(100);
            e.Property(x => x.Town).HasMaxLength(50);
            e.Property(x => x.Area).HasMaxLength(50);
            e.Property(x => x.Notes).HasMaxLength(4000);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
            e.Property(x => x.Organisers).HasJsonConversion();
            e.Property(x => x.AttendeeQualifier).HasConversion<string>().HasMaxLength(10);
            e.Property(x => x.StatedCountriesQualifier).HasConversion<string>().HasMaxLength(10);
            e.Property(x => x.UnlistedSignedProjectsQualifier).HasConversion<string>().HasMaxLength(10);
            e.Property(x => x.UnlistedSignedAmountQualifier).HasConversion<string>().HasMaxLength(10);
            e.HasIndex(x => new { x.StartDate, x.OrganisationId });
            e.Property(x => x.AlsoServes).HasJsonConversion();
            e.HasIndex(x => x.ParentEventId);
        });

        modelBuilder.Entity<Project>(p =>
        {
            p.ToTable("projects");
            p.Property(x => x.Name).HasMaxLength(200);
            p.Property(x => x.InvestorName).HasMaxLength(200);
            p.Property(x => x.InvestorCountryOrRegion).HasMaxLength(2);
            p.Property(x => x.Industry).HasMaxLength(100);
            p.Property(x => x.Town).HasMaxLength(50);
            p.Property(x => x.Area).HasMaxLength(50);
            p.Property(x => x.ResponsibleStaff).HasMaxLength(50);
            p.Property(x => x.Stage).HasConversion<string>().HasMaxLength(20);
            p.Property(x => x.InvestorKind).HasConversion<string>().HasMaxLength(20);
            p.Property(x => x.AmountQualifier).HasConversion<string>().HasMaxLength(10);
            p.HasMany(x => x.Stages).WithOne().HasForeignKey(s => s.ProjectId).OnDelete(DeleteBehavior.Cascade);
            p.HasMany(x => x.FollowUps).WithOne().HasForeignKey(f => f.ProjectId).OnDelete(DeleteBehavior.Cascade);
            // The ledger's indexes hold the live projects only: the recycle bin's filter (DeletedAtUtc IS NULL) is
            // in every list query, and on a full index it made SQLite visit each matching row in the table.
            const string live = RecycleBinRules.LiveRowsIndexFilter;
            p.HasIndex(x => new { x.RecordedOn, x.Stage }).HasFilter(live);
            // The ledger filtered by town (and stage) counts, sums and pages from this index alone, already
            // in stage-date order; on the town alone it made SQLite visit every row of the town three times.
            p.HasIndex(x => new { x.Town, x.Stage, x.StageDate, x.AmountFen }).HasFilter(live);
            // An imported ledger row finds its project by name and investor; without this every row scans the ledger.
            p.HasIndex(x => new { x.Name, x.InvestorName });
            p.HasIndex(x => x.EventId);
            p.HasIndex(x => x.OrganisationId);
        });

        modelBuilder.Entity<ProjectStageChange>(s =>
        {
            s.ToTable("project_stages");
            s.Property(x => x.Id).ValueGeneratedNever();
            s.Property(x => x.Stage).HasConversion<string>().HasMaxLength(20);
            s.Property(x => x.RecordedBy).HasMaxLength(100);
            s.HasIndex(x => new { x.ProjectId, x.Sequence }).IsUnique();
        });

        modelBuilder.Entity<FollowUp>(f =>
        {
            f.ToTable("follow_ups");
            // Ids are made in code; without this EF takes a new follow-up with an id for an existing row.
            f.Property(x => x.Id).ValueGeneratedNever();
            f.Property(x => x.Note).HasMaxLength(2000);
            f.Property(x => x.NextStep).HasMaxLength(500);
            f.Property(x => x.RecordedBy).HasMaxLength(100);
        });

        modelBuilder.Entity<CreditLine>(c =>
        {
            c.ToTable("credit_lines");
            c.Property(x => x.Bank).HasMaxLength(100);
            c.Property(x => x.BeneficiaryGroup).HasMaxLength(200);
            c.Property(x => x.Notes).HasMaxLength(2000);
            c.Property(x => x.AmountQualifier).HasConversion<string>().HasMaxLength(10);
            c.HasIndex(x => new { x.GrantedOn, x.OrganisationId });
            c.HasIndex(x => x.EventId);
        });

        modelBuilder.Entity<Outcome>(o =>
        {
            o.ToTable("outcomes");
            o.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
            o.Property(x => x.Title).HasMaxLength(200);
            o.Property(x => x.QuantityQualifier).HasConversion<string>().HasMaxLength(10);
            o.Property(x => x.AmountQualifier).HasConversion<string>().HasMaxLength(10);
            o.Property(x => x.Parties).HasJsonConversion();
            o.Property(x => x.Town).HasMaxLength(50);
            o.Property(x => x.Notes).HasMaxLength(2000);
            o.HasIndex(x => new { x.On, x.OrganisationId });
            o.HasIndex(x => x.EventId);
        });
    }
}
