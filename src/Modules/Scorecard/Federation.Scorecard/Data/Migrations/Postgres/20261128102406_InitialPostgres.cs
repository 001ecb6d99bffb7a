using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Federation.Scorecard.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InitialPostgres : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "sc");

            migrationBuilder.CreateTable(
                name: "sc_inbox",
                schema: "sc",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    Consumer = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    ProcessedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sc_inbox", x => new { x.EventId, x.Consumer });
                });

            migrationBuilder.CreateTable(
                name: "sc_kpi_records",
                schema: "sc",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkLine = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    RecordType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sc_kpi_records", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sc_outbox",
                schema: "sc",
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
                    table.PrimaryKey("PK_sc_outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sc_programmes",
                schema: "sc",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NameZh = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NameEn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    WorkLine = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    OwningDepartment = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Targets = table.Column<string>(type: "text", nullable: false),
                    CountsTaggedOnly = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sc_programmes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sc_kpi_facts",
                schema: "sc",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RecordId = table.Column<Guid>(type: "uuid", nullable: false),
                    KpiKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Month = table.Column<int>(type: "integer", nullable: false),
                    ValueHundredths = table.Column<long>(type: "bigint", nullable: false),
                    OutOfHundredths = table.Column<long>(type: "bigint", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkLine = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Town = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    CountryOrRegion = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    DistinctKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ProgrammeId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sc_kpi_facts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_sc_kpi_facts_sc_kpi_records_RecordId",
                        column: x => x.RecordId,
                        principalSchema: "sc",
                        principalTable: "sc_kpi_records",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_sc_kpi_facts_On_KpiKey",
                schema: "sc",
                table: "sc_kpi_facts",
                columns: new[] { "On", "KpiKey" });

            migrationBuilder.CreateIndex(
                name: "IX_sc_kpi_facts_RecordId",
                schema: "sc",
                table: "sc_kpi_facts",
                column: "RecordId");

            migrationBuilder.CreateIndex(
                name: "IX_sc_outbox_EventId",
                schema: "sc",
                table: "sc_outbox",
                column: "EventId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_sc_outbox_SentAtUtc",
                schema: "sc",
                table: "sc_outbox",
                column: "SentAtUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "sc_inbox",
                schema: "sc");

            migrationBuilder.DropTable(
                name: "sc_kpi_facts",
                schema: "sc");

            migrationBuilder.DropTable(
                name: "sc_outbox",
                schema: "sc");

            migrationBuilder.DropTable(
                name: "sc_programmes",
                schema: "sc");

            migrationBuilder.DropTable(
                name: "sc_kpi_records",
                schema: "sc");
        }
    }
}
