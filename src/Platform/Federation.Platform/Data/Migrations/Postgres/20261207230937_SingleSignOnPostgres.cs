using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Federation.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SingleSignOnPostgres : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "AwaitingApproval",
                schema: "plt",
                table: "plt_users",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AwaitingApproval",
                schema: "plt",
                table: "plt_users");
        }
    }
}
