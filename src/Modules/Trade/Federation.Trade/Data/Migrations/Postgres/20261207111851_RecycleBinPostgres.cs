using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Federation.Trade.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RecycleBinPostgres : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "DeletedAtUtc",
                schema: "trd",
                table: "trd_tours",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DeletedAtUtc",
                schema: "trd",
                table: "trd_pilots",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DeletedAtUtc",
                schema: "trd",
                table: "trd_orders",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DeletedAtUtc",
                schema: "trd",
                table: "trd_commendations",
                type: "timestamp with time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DeletedAtUtc",
                schema: "trd",
                table: "trd_tours");

            migrationBuilder.DropColumn(
                name: "DeletedAtUtc",
                schema: "trd",
                table: "trd_pilots");

            migrationBuilder.DropColumn(
                name: "DeletedAtUtc",
                schema: "trd",
                table: "trd_orders");

            migrationBuilder.DropColumn(
                name: "DeletedAtUtc",
                schema: "trd",
                table: "trd_commendations");
        }
    }
}
