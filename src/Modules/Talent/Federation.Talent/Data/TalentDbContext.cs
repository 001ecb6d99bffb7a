using Federation.Talent.Contracts;
using Federation.Kernel.RecycleBin;
using Federation.Kernel.Persistence;
using Federation.Talent.Events;
using Federation.Talent.Letters;
using Federation.Talent.Partners;
using Microsoft.EntityFrameworkCore;
using Federation.Talent.Kpis;
using Federation.Kernel.Messaging;

namespace Federation.Talent.Data;

internal sealed class TalentDbContext(DbContextOptions<TalentDbContext> options, ModuleContextServices services)
    : ModuleDbContext(options, services)
{
    public override string ModuleName => TalentModule.ModuleName;
    public override string TablePrefix => "tal";

    // The scorecard's input from this module (Kpis/TalentKpiFacts.cs).
    protected override IEnumerable<IntegrationEvent> EventsDescribingChanges() => TalentKpiFacts.Sources.Changed(this);

    // Their removal told the other work lines (Enterprises' timeline for letters) they were gone.
    protected override void PublishRestored(IRecyclable record)
    {
        switch (record)
        {
            case TalentEvent held: Publish(() => new TalentEventChanged(held.ToSnapshot(), Removed: false)); break;
            case LetterOfIntent letter: Publish(() => new LetterOfIntentChanged(letter.ToSnapshot(), Removed: false)); break;
            case PartnerBase established: Publish(() => PartnerBaseEndpoints.Changed(established, removed: false)); break;
        }
    }

    public DbSet<TalentEvent> Events => Set<TalentEvent>();
    public DbSet<Talents.Talent> Talents => Set<Talents.Talent>();
    public DbSet<LetterOfIntent> Letters => Set<LetterOfIntent>();
    public DbSet<PartnerBase> PartnerBases => Set<PartnerBase>();
    public DbSet<Conferences.ConferenceCopy> Conferences => Set<Conferences.ConferenceCopy>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Conferences.ConferenceCopy>(c =>
        {
            c.ToTable("conferences");
            c.Property(x => x.Id).ValueGeneratedNever();
            c.Property(x => x.Title).HasMaxLength(200);
        });
        modelBuilder.Entity<TalentEvent>(e =>
        {
            e.ToTable("events");
            e.Property(x => x.Title).HasMaxLength(200);
            e.Property(x => x.Format).HasConversion<string>().HasMaxLength(40);
            e.Property(x => x.City).HasMaxLength(100);
            e.Property(x => x.CountryOrRegion).HasMaxLength(2);
            e.Property(x => x.Notes).HasMaxLength(4000);
            e.Property(x => x.Partners).HasJsonConversion();
            e.Property(x => x.TalentsMet).HasJsonConversion();
            e.Property(x => x.StatedTalentsMetQualifier).HasConversion<string>().HasMaxLength(10);
            e.Property(x => x.StatedCountriesQualifier).HasConversion<string>().HasMaxLength(10);
            e.HasIndex(x => new { x.StartDate, x.OrganisationId });
        });
        modelBuilder.Entity<Talents.Talent>(t =>
        {
            t.ToTable("talents");
            t.Property(x => x.NameZh).HasMaxLength(100);
            t.Property(x => x.NameForeign).HasMaxLength(100);
            t.Property(x => x.Degree).HasConversion<string>().HasMaxLength(20);
            t.Property(x => x.Field).HasMaxLength(100);
            t.Property(x => x.CountryOrRegion).HasMaxLength(2);
            t.Property(x => x.Institution).HasMaxLength(200);
            t.Property(x => x.Contact).HasMaxLength(200);
            t.Property(x => x.HowMet).HasMaxLength(200);
            t.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            t.Property(x => x.Notes).HasMaxLength(4000);
            t.Ignore(x => x.DisplayName);
            t.HasIndex(x => new { x.NameZh, x.Institution });
            t.HasIndex(x => x.Contact);
            t.HasIndex(x => x.OrganisationId);
        });
        modelBuilder.Entity<LetterOfIntent>(l =>
        {
            l.ToTable("letters_of_intent");
            l.Property(x => x.TalentName).HasMaxLength(210);
            l.Property(x => x.Degree).HasConversion<string>().HasMaxLength(20);
            l.Property(x => x.EmployerName).HasMaxLength(200);
            l.Property(x => x.EmployerCreditCode).HasMaxLength(18);
            l.Property(x => x.Town).HasMaxLength(50);
            l.Property(x => x.WithdrawnReason).HasMaxLength(500);
            l.HasIndex(x => x.TalentId);
            l.HasIndex(x => new { x.SignedOn, x.OrganisationId });
        });
        modelBuilder.Entity<PartnerBase>(p =>
        {
            p.ToTable("partner_bases");
            p.Property(x => x.PartnerOrganisation).HasMaxLength(200);
            p.Property(x => x.Name).HasMaxLength(200);
            p.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
            p.Property(x => x.Town).HasMaxLength(50);
            p.Property(x => x.PartnerCountryOrRegion).HasMaxLength(2);
            p.Property(x => x.Notes).HasMaxLength(2000);
            p.HasIndex(x => new { x.EstablishedOn, x.OrganisationId });
        });
    }
}
