using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Federation.Scorecard.Data.Migrations
{
    /// <inheritdoc />
    public partial class StatedFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_sc_kpi_facts_Period",
                table: "sc_kpi_facts");

            migrationBuilder.AddColumn<string>(
                name: "Label",
                table: "sc_kpi_facts",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Qualifier",
                table: "sc_kpi_facts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "UpToHundredths",
                table: "sc_kpi_facts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_sc_kpi_facts_Period",
                table: "sc_kpi_facts",
                columns: new[] { "On", "KpiKey", "Month", "Town", "CountryOrRegion", "WorkLine", "OrganisationId", "ProgrammeId", "DistinctKey", "ValueHundredths", "OutOfHundredths", "Qualifier", "UpToHundredths" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_sc_kpi_facts_Period",
                table: "sc_kpi_facts");

            migrationBuilder.DropColumn(
                name: "Label",
                table: "sc_kpi_facts");

            migrationBuilder.DropColumn(
                name: "Qualifier",
                table: "sc_kpi_facts");

            migrationBuilder.DropColumn(
                name: "UpToHundredths",
                table: "sc_kpi_facts");

            migrationBuilder.CreateIndex(
                name: "IX_sc_kpi_facts_Period",
                table: "sc_kpi_facts",
                columns: new[] { "On", "KpiKey", "Month", "Town", "CountryOrRegion", "WorkLine", "OrganisationId", "ProgrammeId", "DistinctKey", "ValueHundredths", "OutOfHundredths" });
        }
    }
}
