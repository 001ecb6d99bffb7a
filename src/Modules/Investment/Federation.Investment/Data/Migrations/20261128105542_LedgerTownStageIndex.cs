using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Federation.Investment.Data.Migrations
{
    /// <inheritdoc />
    public partial class LedgerTownStageIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_inv_projects_Town",
                table: "inv_projects");

            migrationBuilder.CreateIndex(
                name: "IX_inv_projects_Town_Stage_StageDate_AmountFen",
                table: "inv_projects",
                columns: new[] { "Town", "Stage", "StageDate", "AmountFen" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_inv_projects_Town_Stage_StageDate_AmountFen",
                table: "inv_projects");

            migrationBuilder.CreateIndex(
                name: "IX_inv_projects_Town",
                table: "inv_projects",
                column: "Town");
        }
    }
}
