using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Federation.Trade.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InitialPostgres : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "trd");

            migrationBuilder.CreateTable(
                name: "trd_commendations",
                schema: "trd",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    From = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_trd_commendations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "trd_enterprises",
                schema: "trd",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    Town = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Active = table.Column<bool>(type: "boolean", nullable: false),
                    Removed = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_trd_enterprises", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "trd_inbox",
                schema: "trd",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    Consumer = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    ProcessedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_trd_inbox", x => new { x.EventId, x.Consumer });
                });

            migrationBuilder.CreateTable(
                name: "trd_orders",
                schema: "trd",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "uuid", nullable: true),
                    EnterpriseName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    BuyerCountryOrRegion = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    ProductCategory = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Amount = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    RateToYuan = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    RateOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AmountFen = table.Column<long>(type: "bigint", nullable: false),
                    OrderedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    PilotId = table.Column<Guid>(type: "uuid", nullable: true),
                    Town = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ConfirmedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DeliveredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CancelledOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CancelReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ProgrammeId = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_trd_orders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "trd_outbox",
                schema: "trd",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Payload = table.Column<string>(type: "text", nullable: false),
                    OccurredAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    NextAttemptAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastError = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_trd_outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "trd_pilots",
                schema: "trd",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Town = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    TargetAmountFen = table.Column<long>(type: "bigint", nullable: false),
                    Participants = table.Column<List<string>>(type: "text[]", nullable: false),
                    Notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ProgrammeId = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_trd_pilots", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "trd_tours",
                schema: "trd",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Towns = table.Column<List<string>>(type: "text[]", nullable: false),
                    Participants = table.Column<string>(type: "text", nullable: false),
                    PersonTimes = table.Column<int>(type: "integer", nullable: false),
                    Outcomes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ProgrammeId = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_trd_tours", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_trd_enterprises_Name",
                schema: "trd",
                table: "trd_enterprises",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_trd_orders_EnterpriseId",
                schema: "trd",
                table: "trd_orders",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_trd_orders_OrderedOn_OrganisationId",
                schema: "trd",
                table: "trd_orders",
                columns: new[] { "OrderedOn", "OrganisationId" });

            migrationBuilder.CreateIndex(
                name: "IX_trd_orders_PilotId",
                schema: "trd",
                table: "trd_orders",
                column: "PilotId");

            migrationBuilder.CreateIndex(
                name: "IX_trd_outbox_EventId",
                schema: "trd",
                table: "trd_outbox",
                column: "EventId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_trd_outbox_SentAtUtc",
                schema: "trd",
                table: "trd_outbox",
                column: "SentAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_trd_pilots_StartsOn_OrganisationId",
                schema: "trd",
                table: "trd_pilots",
                columns: new[] { "StartsOn", "OrganisationId" });

            migrationBuilder.CreateIndex(
                name: "IX_trd_tours_StartsOn_OrganisationId",
                schema: "trd",
                table: "trd_tours",
                columns: new[] { "StartsOn", "OrganisationId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "trd_commendations",
                schema: "trd");

            migrationBuilder.DropTable(
                name: "trd_enterprises",
                schema: "trd");

            migrationBuilder.DropTable(
                name: "trd_inbox",
                schema: "trd");

            migrationBuilder.DropTable(
                name: "trd_orders",
                schema: "trd");

            migrationBuilder.DropTable(
                name: "trd_outbox",
                schema: "trd");

            migrationBuilder.DropTable(
                name: "trd_pilots",
                schema: "trd");

            migrationBuilder.DropTable(
                name: "trd_tours",
                schema: "trd");
        }
    }
}
