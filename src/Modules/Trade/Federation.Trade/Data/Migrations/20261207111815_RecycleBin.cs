using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Federation.Trade.Data.Migrations
{
    /// <inheritdoc />
    public partial class RecycleBin : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "DeletedAtUtc",
                table: "trd_tours",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DeletedAtUtc",
                table: "trd_pilots",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DeletedAtUtc",
                table: "trd_orders",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DeletedAtUtc",
                table: "trd_commendations",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DeletedAtUtc",
                table: "trd_tours");

            migrationBuilder.DropColumn(
                name: "DeletedAtUtc",
                table: "trd_pilots");

            migrationBuilder.DropColumn(
                name: "DeletedAtUtc",
                table: "trd_orders");

            migrationBuilder.DropColumn(
                name: "DeletedAtUtc",
                table: "trd_commendations");
        }
    }
}
