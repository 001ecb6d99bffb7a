using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Federation.Investment.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CreditLineQualifierPostgres : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AmountQualifier",
                schema: "inv",
                table: "inv_credit_lines",
                type: "character varying(10)",
                maxLength: 10,
                nullable: false,
                defaultValue: "Exact");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AmountQualifier",
                schema: "inv",
                table: "inv_credit_lines");
        }
    }
}
