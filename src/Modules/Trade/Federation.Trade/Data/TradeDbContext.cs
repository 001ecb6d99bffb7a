using Federation.Kernel.RecycleBin;
using Federation.Kernel.Persistence;
using Federation.Trade.Commendations;
using Federation.Trade.Orders;
using Federation.Trade.Pilots;
using Federation.Trade.Registry;
using Federation.Trade.Tours;
using Microsoft.EntityFrameworkCore;
using Federation.Trade.Kpis;
using Federation.Kernel.Messaging;

namespace Federation.Trade.Data;

internal sealed class TradeDbContext(DbContextOptions<TradeDbContext> options, ModuleContextServices services)
    : ModuleDbContext(options, services)
{
    public override string ModuleName => TradeModule.ModuleName;
    public override string TablePrefix => "trd";

    // The scorecard's input from this module (Kpis/TradeKpiFacts.cs).
    protected override IEnumerable<IntegrationEvent> EventsDescribingChanges() => TradeKpiFacts.Sources.Changed(this);

    // Their removal told Enterprises' timeline and the other work lines they were gone.
    protected override void PublishRestored(IRecyclable record)
    {
        switch (record)
        {
            case OverseasOrder order: OrderEvents.Publish(this, order); break;
            case InspectionTour tour: Publish(() => TourEndpoints.Changed(tour, removed: false)); break;
        }
    }

    public DbSet<TradePilot> Pilots => Set<TradePilot>();
    public DbSet<OverseasOrder> Orders => Set<OverseasOrder>();
    public DbSet<InspectionTour> Tours => Set<InspectionTour>();
    public DbSet<Commendation> Commendations => Set<Commendation>();
    public DbSet<KnownEnterprise> Enterprises => Set<KnownEnterprise>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<TradePilot>(p =>
        {
            p.ToTable("pilots");
            p.Property(x => x.Name).HasMaxLength(200);
            p.Property(x => x.Town).HasMaxLength(50);
            p.Property(x => x.Notes).HasMaxLength(4000);
            p.HasIndex(x => new { x.StartsOn, x.OrganisationId });
        });
        modelBuilder.Entity<OverseasOrder>(o =>
        {
            o.Property(x => x.AmountQualifier).HasConversion<string>().HasMaxLength(10);
            o.ToTable("orders");
            o.Property(x => x.EnterpriseName).HasMaxLength(200);
            o.Property(x => x.CreditCode).HasMaxLength(18);
            o.Property(x => x.BuyerCountryOrRegion).HasMaxLength(2);
            o.Property(x => x.ProductCategory).HasMaxLength(100);
            o.Property(x => x.Currency).HasMaxLength(3);
            // Decimals as text keep every digit in SQLite; amounts and rates are never summed in SQL (the fen column is).
            o.Property(x => x.Amount).HasConversion<string>().HasMaxLength(40);
            o.Property(x => x.RateToYuan).HasConversion<string>().HasMaxLength(40);
            o.Property(x => x.Town).HasMaxLength(50);
            o.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            o.Property(x => x.CancelReason).HasMaxLength(500);
            o.Property(x => x.Notes).HasMaxLength(4000);
            o.HasIndex(x => new { x.OrderedOn, x.OrganisationId });
            o.HasIndex(x => x.EnterpriseId);
            o.HasIndex(x => x.PilotId);
        });
        modelBuilder.Entity<InspectionTour>(t =>
        {
            t.ToTable("tours");
            t.Property(x => x.Title).HasMaxLength(200);
            t.Property(x => x.Outcomes).HasMaxLength(4000);
            t.Property(x => x.Participants).HasJsonConversion();
            t.HasIndex(x => new { x.StartsOn, x.OrganisationId });
        });
        modelBuilder.Entity<Commendation>(c =>
        {
            c.ToTable("commendations");
            c.Property(x => x.From).HasMaxLength(200);
            c.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            c.Property(x => x.Reason).HasMaxLength(500);
            c.Property(x => x.Notes).HasMaxLength(4000);
        });
        modelBuilder.Entity<KnownEnterprise>(e =>
        {
            e.ToTable("enterprises");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.CreditCode).HasMaxLength(18);
            e.Property(x => x.Town).HasMaxLength(50);
            e.HasIndex(x => x.Name);
        });
    }
}
