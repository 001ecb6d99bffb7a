using Federation.Kernel.Persistence;
using Federation.Scorecard.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Federation.UnitTests;

/// <summary>A module's KPI facts, declared in one place, become one snapshot per counted record a save touches.</summary>
public sealed class KpiFactSourcesTests
{
    private static readonly KpiFactSources Sources = new KpiFactSources()
        .Of<Counted>(c => [new KpiFact("test.amount", new DateOnly(2024, 1, 1), c.Amount)]);

    [Fact]
    public void An_added_record_publishes_what_it_counts_for_with_its_version()
    {
        using var db = Context();
        var record = new Counted { Amount = 7, Version = 1 };
        db.Add(record);

        var changed = Sources.Changed(db).Should().ContainSingle().Subject;

        changed.Should().Match<KpiFactsChanged>(c => c.WorkLine == "Test" && c.RecordType == nameof(Counted)
            && c.RecordId == record.Id && c.OrganisationId == record.OrganisationId && c.Version == 1);
        changed.Facts.Should().ContainSingle().Which.Value.Should().Be(7);
    }

    [Fact]
    public void A_removed_record_publishes_a_newer_version_that_counts_for_nothing()
    {
        using var db = Context();
        var record = new Counted { Amount = 7, Version = 3 };
        db.Attach(record);
        db.Remove(record);

        var changed = Sources.Changed(db).Should().ContainSingle().Subject;

        changed.Version.Should().Be(4);
        changed.Facts.Should().BeEmpty();
    }

    [Fact]
    public void An_untouched_record_publishes_nothing()
    {
        using var db = Context();
        db.Attach(new Counted { Amount = 7, Version = 2 });

        Sources.Changed(db).Should().BeEmpty();
    }

    [Fact]
    public void A_counted_record_whose_facts_nobody_declared_is_refused_by_name()
    {
        using var db = Context();
        db.Add(new Forgotten { Version = 1 });

        var changed = () => Sources.Changed(db).ToList();

        changed.Should().Throw<InvalidOperationException>().WithMessage("*Forgotten*declares no KPI facts*");
    }

    private static TestContext Context() =>
        new(new DbContextOptionsBuilder<TestContext>().UseSqlite("Data Source=never-opened.db").Options);

    internal sealed class Counted : IReportsKpis
    {
        public Guid Id { get; init; } = Guid.NewGuid();
        public Guid OrganisationId { get; init; } = Guid.NewGuid();
        public int Version { get; set; }
        public int Amount { get; init; }
    }

    internal sealed class Forgotten : IReportsKpis
    {
        public Guid Id { get; init; } = Guid.NewGuid();
        public Guid OrganisationId { get; init; } = Guid.NewGuid();
        public int Version { get; set; }
    }

    internal sealed class TestContext(DbContextOptions<TestContext> options) : ModuleDbContext(options, ModuleContextServices.DesignTime)
    {
        public override string ModuleName => "Test";
        public override string TablePrefix => "tst";

        protected override void ConfigureModel(ModelBuilder modelBuilder)
        {
            modelBuilder.Entity<Counted>();
            modelBuilder.Entity<Forgotten>();
        }
    }
}
