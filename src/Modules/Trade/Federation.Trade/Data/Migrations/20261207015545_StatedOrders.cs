using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Federation.Trade.Data.Migrations
{
    /// <inheritdoc />
    public partial class StatedOrders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "BuyerCountryOrRegion",
                table: "trd_orders",
                type: "TEXT",
                maxLength: 2,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 2);

            migrationBuilder.AddColumn<string>(
                name: "AmountQualifier",
                table: "trd_orders",
                type: "TEXT",
                maxLength: 10,
                nullable: false,
                defaultValue: "Exact");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AmountQualifier",
                table: "trd_orders");

            migrationBuilder.AlterColumn<string>(
                name: "BuyerCountryOrRegion",
                table: "trd_orders",
                type: "TEXT",
                maxLength: 2,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 2,
                oldNullable: true);
        }
    }
}
