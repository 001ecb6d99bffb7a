using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Federation.Investment.Data.Migrations
{
    /// <inheritdoc />
    public partial class ProjectNameIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_inv_projects_Name_InvestorName",
                table: "inv_projects",
                columns: new[] { "Name", "InvestorName" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_inv_projects_Name_InvestorName",
                table: "inv_projects");
        }
    }
}
