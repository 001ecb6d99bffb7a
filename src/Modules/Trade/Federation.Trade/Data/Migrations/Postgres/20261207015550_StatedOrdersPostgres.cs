using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Federation.Trade.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class StatedOrdersPostgres : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "BuyerCountryOrRegion",
                schema: "trd",
                table: "trd_orders",
                type: "character varying(2)",
                maxLength: 2,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(2)",
                oldMaxLength: 2);

            migrationBuilder.AddColumn<string>(
                name: "AmountQualifier",
                schema: "trd",
                table: "trd_orders",
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
                schema: "trd",
                table: "trd_orders");

            migrationBuilder.AlterColumn<string>(
                name: "BuyerCountryOrRegion",
                schema: "trd",
                table: "trd_orders",
                type: "character varying(2)",
                maxLength: 2,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "character varying(2)",
                oldMaxLength: 2,
                oldNullable: true);
        }
    }
}
