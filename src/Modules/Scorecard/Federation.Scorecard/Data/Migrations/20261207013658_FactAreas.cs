using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Federation.Scorecard.Data.Migrations
{
    /// <inheritdoc />
    public partial class FactAreas : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_sc_kpi_facts_Period",
                table: "sc_kpi_facts");

            migrationBuilder.AddColumn<string>(
                name: "Area",
                table: "sc_kpi_facts",
                type: "TEXT",
                maxLength: 50,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_sc_kpi_facts_Period",
                table: "sc_kpi_facts",
                columns: new[] { "On", "KpiKey", "Month", "Town", "Area", "CountryOrRegion", "WorkLine", "OrganisationId", "ProgrammeId", "DistinctKey", "ValueHundredths", "OutOfHundredths", "Qualifier", "UpToHundredths" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_sc_kpi_facts_Period",
                table: "sc_kpi_facts");

            migrationBuilder.DropColumn(
                name: "Area",
                table: "sc_kpi_facts");

            migrationBuilder.CreateIndex(
                name: "IX_sc_kpi_facts_Period",
                table: "sc_kpi_facts",
                columns: new[] { "On", "KpiKey", "Month", "Town", "CountryOrRegion", "WorkLine", "OrganisationId", "ProgrammeId", "DistinctKey", "ValueHundredths", "OutOfHundredths", "Qualifier", "UpToHundredths" });
        }
    }
}
