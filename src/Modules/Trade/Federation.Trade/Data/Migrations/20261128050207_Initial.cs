using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Federation.Trade.Data.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "trd_commendations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_trd_commendations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "trd_enterprises",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    Town = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    Removed = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_trd_enterprises", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "trd_inbox",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Consumer = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ProcessedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_trd_inbox", x => new { x.EventId, x.Consumer });
                });

            migrationBuilder.CreateTable(
                name: "trd_orders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    EnterpriseName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    BuyerCountryOrRegion = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    ProductCategory = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Amount = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RateToYuan = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RateOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AmountFen = table.Column<long>(type: "INTEGER", nullable: false),
                    OrderedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PilotId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Town = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ConfirmedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DeliveredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CancelledOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CancelReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ProgrammeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_trd_orders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "trd_outbox",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    OccurredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_trd_outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "trd_pilots",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Town = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TargetAmountFen = table.Column<long>(type: "INTEGER", nullable: false),
                    Participants = table.Column<string>(type: "TEXT", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ProgrammeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_trd_pilots", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "trd_tours",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Towns = table.Column<string>(type: "TEXT", nullable: false),
                    Participants = table.Column<string>(type: "TEXT", nullable: false),
                    PersonTimes = table.Column<int>(type: "INTEGER", nullable: false),
                    Outcomes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ProgrammeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_trd_tours", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_trd_enterprises_Name",
                table: "trd_enterprises",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_trd_orders_EnterpriseId",
                table: "trd_orders",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_trd_orders_OrderedOn_OrganisationId",
                table: "trd_orders",
                columns: new[] { "OrderedOn", "OrganisationId" });

            migrationBuilder.CreateIndex(
                name: "IX_trd_orders_PilotId",
                table: "trd_orders",
                column: "PilotId");

            migrationBuilder.CreateIndex(
                name: "IX_trd_outbox_EventId",
                table: "trd_outbox",
                column: "EventId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_trd_outbox_SentAtUtc",
                table: "trd_outbox",
                column: "SentAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_trd_pilots_StartsOn_OrganisationId",
                table: "trd_pilots",
                columns: new[] { "StartsOn", "OrganisationId" });

            migrationBuilder.CreateIndex(
                name: "IX_trd_tours_StartsOn_OrganisationId",
                table: "trd_tours",
                columns: new[] { "StartsOn", "OrganisationId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "trd_commendations");

            migrationBuilder.DropTable(
                name: "trd_enterprises");

            migrationBuilder.DropTable(
                name: "trd_inbox");

            migrationBuilder.DropTable(
                name: "trd_orders");

            migrationBuilder.DropTable(
                name: "trd_outbox");

            migrationBuilder.DropTable(
                name: "trd_pilots");

            migrationBuilder.DropTable(
                name: "trd_tours");
        }
    }
}
