using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Federation.Scorecard.Data.Migrations
{
    /// <inheritdoc />
    public partial class KpiFacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "sc_credit_line_facts");

            migrationBuilder.DropTable(
                name: "sc_event_facts");

            migrationBuilder.DropTable(
                name: "sc_project_facts");

            migrationBuilder.AddColumn<bool>(
                name: "CountsTaggedOnly",
                table: "sc_programmes",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "sc_kpi_records",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkLine = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    RecordType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sc_kpi_records", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sc_kpi_facts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RecordId = table.Column<Guid>(type: "TEXT", nullable: false),
                    KpiKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    ValueHundredths = table.Column<long>(type: "INTEGER", nullable: false),
                    OutOfHundredths = table.Column<long>(type: "INTEGER", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkLine = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Town = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    CountryOrRegion = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    DistinctKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ProgrammeId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sc_kpi_facts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_sc_kpi_facts_sc_kpi_records_RecordId",
                        column: x => x.RecordId,
                        principalTable: "sc_kpi_records",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_sc_kpi_facts_On_KpiKey",
                table: "sc_kpi_facts",
                columns: new[] { "On", "KpiKey" });

            migrationBuilder.CreateIndex(
                name: "IX_sc_kpi_facts_RecordId",
                table: "sc_kpi_facts",
                column: "RecordId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "sc_kpi_facts");

            migrationBuilder.DropTable(
                name: "sc_kpi_records");

            migrationBuilder.DropColumn(
                name: "CountsTaggedOnly",
                table: "sc_programmes");

            migrationBuilder.CreateTable(
                name: "sc_credit_line_facts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AmountFen = table.Column<long>(type: "INTEGER", nullable: false),
                    GrantedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Removed = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sc_credit_line_facts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sc_event_facts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AttendeeCount = table.Column<int>(type: "INTEGER", nullable: false),
                    CountriesAndRegions = table.Column<string>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Removed = table.Column<bool>(type: "INTEGER", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sc_event_facts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sc_project_facts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AmountFen = table.Column<long>(type: "INTEGER", nullable: false),
                    Dropped = table.Column<bool>(type: "INTEGER", nullable: false),
                    GroundbrokeOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Removed = table.Column<bool>(type: "INTEGER", nullable: false),
                    SignedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Town = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sc_project_facts", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_sc_credit_line_facts_GrantedOn_OrganisationId",
                table: "sc_credit_line_facts",
                columns: new[] { "GrantedOn", "OrganisationId" });

            migrationBuilder.CreateIndex(
                name: "IX_sc_event_facts_StartDate_OrganisationId",
                table: "sc_event_facts",
                columns: new[] { "StartDate", "OrganisationId" });

            migrationBuilder.CreateIndex(
                name: "IX_sc_project_facts_SignedOn_OrganisationId",
                table: "sc_project_facts",
                columns: new[] { "SignedOn", "OrganisationId" });
        }
    }
}
