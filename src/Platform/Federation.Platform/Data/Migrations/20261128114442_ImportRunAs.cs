using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Federation.Platform.Data.Migrations
{
    /// <inheritdoc />
    public partial class ImportRunAs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RunAs",
                table: "plt_import_jobs",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_plt_import_jobs_RunBy_State",
                table: "plt_import_jobs",
                columns: new[] { "RunBy", "State" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_plt_import_jobs_RunBy_State",
                table: "plt_import_jobs");

            migrationBuilder.DropColumn(
                name: "RunAs",
                table: "plt_import_jobs");
        }
    }
}
